import { describe, expect, it } from 'vitest';
import { initialFiles, runWebBench } from '../bench.ts';

describe('web bundle bench', () => {
  it('follows static imports from the entry, not dynamic ones', () => {
    const files = initialFiles({
      'index.html': {
        file: 'assets/index.js',
        isEntry: true,
        imports: ['_shared.js'],
        dynamicImports: ['lazy.tsx'],
      },
      '_shared.js': { file: 'assets/shared.js' },
      'lazy.tsx': { file: 'assets/lazy.js' },
    });
    expect(files).toEqual(['assets/index.js', 'assets/shared.js']);
  });

  it('keeps the initial JavaScript under 400 KB gzipped', () => {
    const [initial] = runWebBench();
    expect(initial?.unit).toBe('KB');
    expect(initial?.ok).toBe(true);
  }, 120_000);
});
