/** Reads the curated library (or any folder of YAML) from disk for core to parse. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Library, loadLibrary, type Result, type SourceFile } from '@casus/core';

/** The repository's own library folder, or $CASUS_LIBRARY when set. */
export const defaultLibraryDir = (): string =>
  process.env.CASUS_LIBRARY ??
  resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'library');

/** Every .yaml/.yml file under `path` (or `path` itself), paths shown relative to the working directory. */
export function readYamlFiles(path: string): SourceFile[] {
  const walk = (p: string): string[] =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .sort()
          .flatMap((name) => walk(join(p, name)))
      : /\.ya?ml$/.test(p)
        ? [p]
        : [];
  return walk(path).map((file) => ({
    path: relative(process.cwd(), file) || file,
    text: readFileSync(file, 'utf8'),
  }));
}

/**
 * Loads and checks the whole library.
 * @example readLibrary().ok // true when every file validates
 */
export function readLibrary(dir = defaultLibraryDir()): Result<Library> {
  return loadLibrary(readYamlFiles(dir));
}
