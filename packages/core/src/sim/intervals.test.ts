import { describe, expect, it } from 'vitest';
import { histogramQuantile, logBin, meanInterval, RATIO_BINS, wilson } from './intervals.ts';
import { createRng } from './rng.ts';

describe('wilson', () => {
  it('matches a textbook value', () => {
    const e = wilson(30, 100);
    expect(e.low).toBeCloseTo(0.2189, 3);
    expect(e.high).toBeCloseTo(0.3958, 3);
  });

  it('stays inside [0, 1] at the extremes', () => {
    expect(wilson(0, 50).low).toBe(0);
    expect(wilson(50, 50).high).toBe(1);
    expect(wilson(0, 50).high).toBeGreaterThan(0);
  });

  it('covers a known probability about 95% of the time', () => {
    const rng = createRng(2024);
    const p = 0.3;
    const n = 200;
    const reps = 4000;
    let covered = 0;
    for (let r = 0; r < reps; r++) {
      let k = 0;
      for (let i = 0; i < n; i++) if (rng.next() < p) k++;
      const e = wilson(k, n);
      if (e.low <= p && p <= e.high) covered++;
    }
    expect(Math.abs(covered / reps - 0.95)).toBeLessThan(0.02);
  });
});

describe('meanInterval', () => {
  it('gives the mean and a symmetric interval', () => {
    const e = meanInterval(4, 10, 30); // values 1,2,3,4
    expect(e.value).toBe(2.5);
    expect(e.high - e.value).toBeCloseTo(e.value - e.low, 12);
  });
});

describe('log bins', () => {
  it('puts 1 at the middle of the ratio bins and clamps the tails', () => {
    expect(logBin(RATIO_BINS, 1)).toBe(31);
    expect(logBin(RATIO_BINS, 1e-9)).toBe(0);
    expect(logBin(RATIO_BINS, 0)).toBe(0);
    expect(logBin(RATIO_BINS, 1e9)).toBe(61);
  });

  it('recovers a median to within one bin', () => {
    const counts = new Float64Array(62);
    for (const x of [0.5, 1, 2, 4, 8]) counts[logBin(RATIO_BINS, x)]!++;
    const m = histogramQuantile(RATIO_BINS, counts, 0.5);
    expect(Math.abs(Math.log10(m) - Math.log10(2))).toBeLessThanOrEqual(0.1);
  });
});
