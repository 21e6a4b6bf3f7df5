/** The curated library as the server holds it: its YAML files, their hash, and the parsed library. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLibrary, type Issue, type Library, type SourceFile } from '@casus/core';

export interface LibraryState {
  /** The folder the files were read from. */
  dir: string;
  /** Every YAML file of the library (worked-example .cases.yaml files excepted), paths like "library/agreements/x.yaml". */
  files: SourceFile[];
  /** sha256 over the files' paths and texts: the library's version, used as its ETag. */
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
 * A stable hash of a set of files, independent of the order they were read in.
 * @example hashFiles([{path: 'a.yaml', text: 'x'}]) // '3b1f…' (64 hex digits)
 */
export function hashFiles(files: readonly SourceFile[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1)))
    hash.update(f.path).update('\0').update(f.text).update('\0');
  return hash.digest('hex');
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
  return { dir, files, hash: hashFiles(files), library, issues };
}
