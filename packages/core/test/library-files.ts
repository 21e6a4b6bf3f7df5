/** Test helper: the repository's library files, read from disk (tests may use Node; core/src may not). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { SourceFile } from '../src/index.ts';

export const repoRoot = resolve(import.meta.dirname, '..', '..', '..');

/** Every YAML file under a folder, with paths relative to the repository root. */
export function yamlFiles(dir: string): SourceFile[] {
  const walk = (p: string): string[] =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .sort()
          .flatMap((n) => walk(join(p, n)))
      : /\.ya?ml$/.test(p)
        ? [p]
        : [];
  return walk(resolve(repoRoot, dir)).map((p) => ({
    path: relative(repoRoot, p),
    text: readFileSync(p, 'utf8'),
  }));
}

/** The curated library as files. */
export const libraryFiles = (): SourceFile[] => yamlFiles('library');
