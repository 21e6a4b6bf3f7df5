/** Reads the library's YAML files (or any folder of YAML) from disk, in a stable order, for core to parse. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceFile } from '@casus/core';
import { assertRegularFile, errnoWords, InputFileError, readInputText } from './input-file.ts';

/** The entries of a folder, or an InputFileError when it cannot be listed (EACCES). */
function entries(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch (error) {
    const words = errnoWords(error);
    if (words === undefined) throw error;
    throw new InputFileError(`cannot read the folder ${dir}: ${words}`);
  }
}

const isFolder = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false; // readInputText says why
  }
};

/**
 * Every .yaml/.yml file under `path` (or `path` itself), sorted folder by folder, with its path
 * shown relative to `base` (default: the working directory). A file that is not a regular,
 * readable file of at most MAX_INPUT_BYTES throws an InputFileError.
 * @example readYamlFiles('library')[0]?.path // 'library/agreements/anzus-1951.cases.yaml'
 */
export function readYamlFiles(path: string, base = process.cwd()): SourceFile[] {
  const walk = (p: string): string[] =>
    isFolder(p) ? entries(p).flatMap((name) => walk(join(p, name))) : /\.ya?ml$/.test(p) ? [p] : [];
  if (!isFolder(path)) assertRegularFile(path);
  return walk(path).map((file) => ({
    path: relative(base, file) || file,
    text: readInputText(file),
  }));
}
