import { describe, expect, it } from 'vitest';
import { libraryVersion } from './library-version.ts';

const files = [
  { path: 'library/agreements/us-japan-1960.yaml', text: 'id: us-japan-1960\n' },
  { path: 'library/places/japan.yaml', text: 'places: []\n' },
];

describe('libraryVersion', () => {
  it('is sha256 of "<kind>/<file>\\0<text>\\0" in path order, first 16 hex digits', () => {
    // printf 'agreements/us-japan-1960.yaml\0id: us-japan-1960\n\0places/japan.yaml\0places: []\n\0' | sha256sum
    expect(libraryVersion(files)).toBe('0f12e6f264a41045');
  });

  it('depends on each file path from the library root, not on where or in what order it was read', () => {
    const v = libraryVersion(files);
    const at = (prefix: string, sep = '/') =>
      files.map((f) => ({
        ...f,
        path: `${prefix}${f.path.replace('library/', '')}`.replaceAll('/', sep),
      }));
    expect(libraryVersion([...files].reverse())).toBe(v);
    expect(libraryVersion(at('/home/someone/casus/library/'))).toBe(v);
    expect(libraryVersion(at(''))).toBe(v);
    expect(libraryVersion(at('C:/casus/library/', '\\'))).toBe(v);
  });

  it('counts only the files the library loads (no worked examples, no models)', () => {
    const extra = [
      { path: 'library/agreements/us-japan-1960.cases.yaml', text: 'cases: []\n' },
      { path: 'library/models/reliability.yaml', text: 'base: 0.5\n' },
      { path: 'library/README.md', text: '# the library\n' },
    ];
    expect(libraryVersion([...files, ...extra])).toBe(libraryVersion(files));
  });

  it('changes with any file text or name', () => {
    const v = libraryVersion(files);
    expect(libraryVersion([files[0]!, { ...files[1]!, text: 'places: [ ]\n' }])).not.toBe(v);
    expect(libraryVersion([files[0]!, { ...files[1]!, path: 'library/places/jp.yaml' }])).not.toBe(
      v,
    );
    expect(libraryVersion([files[0]!])).not.toBe(v);
  });
});
