/** Test helper: the repository's library files, read from disk (tests may use Node; core/src may not; @casus/data's readYamlFiles is the full reader). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { SourceFile } from '../src/index.ts';

export const repoRoot = resolve(import.meta.dirname, '..', '..', '..');

/** Every YAML file under a folder (or the one file named), with paths relative to the repository root. */
export function yamlFiles(path: string): SourceFile[] {
  const at = resolve(repoRoot, path);
  const paths = statSync(at).isDirectory()
    ? readdirSync(at, { recursive: true, encoding: 'utf8' }).map((p) => join(at, p))
    : [at];
  return paths
    .filter((p) => /\.ya?ml$/.test(p))
    .sort()
    .map((p) => ({ path: relative(repoRoot, p), text: readFileSync(p, 'utf8') }));
}

/** The curated library as files. */
export const libraryFiles = (): SourceFile[] => yamlFiles('library');
