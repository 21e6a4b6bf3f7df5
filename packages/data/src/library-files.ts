/** Reads the library's YAML files (or any folder of YAML) from disk, in a stable order, for core to parse. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceFile } from '@casus/core';

/**
 * Every .yaml/.yml file under `path` (or `path` itself), sorted folder by folder, with its path
 * shown relative to `base` (default: the working directory).
 * @example readYamlFiles('library')[0]?.path // 'library/agreements/anzus-1951.cases.yaml'
 */
export function readYamlFiles(path: string, base = process.cwd()): SourceFile[] {
  const walk = (p: string): string[] =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .sort()
          .flatMap((name) => walk(join(p, name)))
      : /\.ya?ml$/.test(p)
        ? [p]
        : [];
  return walk(path).map((file) => ({
    path: relative(base, file) || file,
    text: readFileSync(file, 'utf8'),
  }));
}
