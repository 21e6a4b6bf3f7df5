/** The curated library as the server holds it: its YAML files, their hash, and the parsed library. */
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildLibrary,
  type Issue,
  type Library,
  libraryVersion,
  type SourceFile,
  withValues,
} from '@casus/core';
import { readYamlFiles } from '@casus/data';

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

/**
 * Reads and parses the library once, at start; each file keeps its parsed value (withValues).
 * @example loadLibraryState('library').library.agreements.size // 9
 */
export function loadLibraryState(dir = defaultLibraryDir()): LibraryState {
  const files = readYamlFiles(dir, dir)
    .filter((f) => !/\.cases\.ya?ml$/.test(f.path))
    .map((f) => ({ ...f, path: ['library', ...f.path.split(sep)].join('/') }));
  return libraryStateOf(dir, files);
}

/**
 * The library state of files already read, e.g. the server's own, handed to a job's thread so
 * that the job runs over exactly the library its request was checked against.
 * @example libraryStateOf(state.dir, state.files).hash === state.hash // true
 */
export function libraryStateOf(dir: string, read: SourceFile[]): LibraryState {
  // Read once here, the values go with the files to every job thread and to the browser.
  const files = withValues(read);
  const { library, issues } = buildLibrary(files);
  return { dir, files, hash: libraryVersion(files), library, issues };
}
