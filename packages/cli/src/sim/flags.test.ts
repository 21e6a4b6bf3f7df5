import { describe, expect, it } from 'vitest';
import { runBinary } from '../test-io.ts';
import { MAX_TRIALS, readSimFlags } from './flags.ts';

describe('readSimFlags', () => {
  it('takes decimal integers, with _ separators or an exponent', () => {
    expect(readSimFlags({ trials: '1_000', seed: '7' }, 10)).toMatchObject({
      trials: 1000,
      seed: 7,
    });
    expect(readSimFlags({ trials: '1e5' }, 10).trials).toBe(100_000);
  });

  it.each([
    ['trials', '1e12'],
    ['trials', String(MAX_TRIALS + 1)],
    ['trials', ''],
    ['seed', ''],
    ['seed', '0x10'],
    ['seed', ' 5'],
    ['workers', '0'],
  ])('refuses --%s "%s" with the range it takes', (name, text) => {
    expect(() => readSimFlags({ [name]: text }, 10)).toThrow(
      new RegExp(`--${name} must be an integer from \\d+ to [\\d,]+, got "${text}"`),
    );
  });

  it('exits 1 for --trials 1e12 instead of running out of memory', () => {
    const r = runBinary([
      'run',
      'library/scenarios/korea-invasion-2025.yaml',
      '--mode',
      'probabilistic',
      '--trials',
      '1e12',
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--trials must be an integer from 1 to 100,000,000/);
    expect(r.stdout).toBe('');
  });
});
