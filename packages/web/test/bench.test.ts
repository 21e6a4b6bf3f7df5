import { describe, expect, it } from 'vitest';
import { initialFiles, runWebBench } from '../bench.ts';
import { hasChromium } from '../chromium.ts';
import { FIRST_ANSWER_TARGET_S, timeFirstAnswer } from '../first-answer.ts';

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

describe.skipIf(!hasChromium)('web first-answer bench', () => {
  // The row's presence and shape, not its speed: the 1 s target is the bench table's to judge.
  it('reports load to first answer for the Senkaku scenario, in seconds, against its target', async () => {
    const rows = await timeFirstAnswer({ runs: 1 });
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row?.name).toMatch(/^web load to first answer, Senkaku scenario \(real Chromium/);
    expect(row?.unit).toBe('s');
    expect(row?.target).toBe(`< ${FIRST_ANSWER_TARGET_S}`);
    // A page that never shows a finding times out instead; one that did took some time.
    expect(row?.value).toBeGreaterThan(0);
  }, 180_000);
});
