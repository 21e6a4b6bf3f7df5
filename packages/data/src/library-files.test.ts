import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYamlFiles } from './library-files.ts';

const library = resolve(import.meta.dirname, '..', '..', '..', 'library');

describe('readYamlFiles', () => {
  it('reads every YAML file of a folder, folder by folder, relative to the base', () => {
    const files = readYamlFiles(library, dirname(library));
    expect(files.length).toBeGreaterThan(10);
    expect(files.every((f) => f.path.startsWith('library/') && /\.ya?ml$/.test(f.path))).toBe(true);
    expect(files.map((f) => f.path)).toEqual(files.map((f) => f.path).sort());
    expect(files.find((f) => f.path === 'library/agreements/us-japan-1960.yaml')?.text).toMatch(
      /Article V/,
    );
  });

  it('reads one named file as itself', () => {
    const file = join(library, 'agreements', 'us-japan-1960.yaml');
    expect(readYamlFiles(file, library).map((f) => f.path)).toEqual([
      'agreements/us-japan-1960.yaml',
    ]);
  });
});
