/** The curated library as the server holds it: its YAML files, their hash, and the parsed library. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildLibrary,
  type Issue,
  type Library,
  libraryVersion,
  type SourceFile,
} from '@casus/core';

export interface LibraryState {
  /** The folder the files were read from. */
  dir: string;
  /** Every YAML file of the library (worked-example .cases.yaml files excepted), paths like "library/agreements/x.yaml". */
  files: SourceFile[];
  /** core's libraryVersion of the files: the `libraryVersion` of every answer's header, and the ETag. */
  hash: string;
  library: Library;
  /** Problems found while loading; the server still serves what could be built. */
  issues: Issue[];
}

/** The repository's library folder, or $CASUS_LIBRARY when set. */
export const defaultLibraryDir = (): string =>
  process.env.CASUS_LIBRARY ??
  resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'library');

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFilesUnder(path);
      return /\.ya?ml$/.test(name) && !/\.cases\.ya?ml$/.test(name) ? [path] : [];
    });
}

/**
 * Reads and parses the library once, at start.
 * @example loadLibraryState('library').library.agreements.size // 9
 */
export function loadLibraryState(dir = defaultLibraryDir()): LibraryState {
  const files = yamlFilesUnder(dir).map((path) => ({
    path: ['library', ...relative(dir, path).split(sep)].join('/'),
    text: readFileSync(path, 'utf8'),
  }));
  const { library, issues } = buildLibrary(files);
  return { dir, files, hash: libraryVersion(files), library, issues };
}
