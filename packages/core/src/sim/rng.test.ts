import { describe, expect, it } from 'vitest';
import { createRng, forkStream, seedTrial, streamKey, trialStreams } from './rng.ts';

describe('rng', () => {
  it('gives the same sequence for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    for (let i = 0; i < 100; i++) expect(a.nextU32()).toBe(b.nextU32());
  });

  it('is xoshiro128** seeded by SplitMix32: its first draws are those of the reference C code', () => {
    // From prng.di.unimi.it/xoshiro128starstar.c, its state seeded as foldSeed and forkStream do.
    const first = (rng: { nextU32(): number }) => [1, 2, 3, 4].map(() => rng.nextU32());
    expect(first(createRng(1))).toEqual([3462402280, 3782281353, 682972922, 3810564398]);
    expect(first(forkStream(2026, 3))).toEqual([2761938044, 56318703, 1980463651, 3197822744]);
  });

  it('gives different streams for different seeds and block indices', () => {
    expect(createRng(1).next()).not.toBe(createRng(2).next());
    const firsts = new Set(Array.from({ length: 1000 }, (_, i) => forkStream(7, i).nextU32()));
    expect(firsts.size).toBeGreaterThan(995);
  });

  it('draws uniformly in [0, 1)', () => {
    const rng = forkStream(3, 5);
    const n = 200_000;
    const cells = new Array<number>(10).fill(0);
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.next();
      if (u < 0 || u >= 1) outside++;
      cells[Math.floor(u * 10)]!++;
      sum += u;
    }
    expect(outside).toBe(0);
    expect(sum / n).toBeCloseTo(0.5, 2);
    const chi2 = cells.reduce((acc, c) => acc + (c - n / 10) ** 2 / (n / 10), 0);
    expect(chi2).toBeLessThan(27.9); // chi-square, 9 df, p = 0.001
  });

  it('rejects seeds that are not non-negative safe integers', () => {
    expect(() => createRng(-1)).toThrow(RangeError);
    expect(() => createRng(1.5)).toThrow(RangeError);
  });

  it('gives each trial of each scenario its own stream, the same whoever asks', () => {
    const first = (seed: number, id: string, trial: number) => {
      const rng = createRng(0);
      seedTrial(rng, trialStreams(seed, streamKey(id)), trial);
      return rng.nextU32();
    };
    expect(first(1, 'korea', 5)).toBe(first(1, 'korea', 5));
    const firsts = new Set(
      ['korea', 'senkaku', 'taiwan'].flatMap((id) =>
        [1, 2].flatMap((seed) => Array.from({ length: 1000 }, (_, t) => first(seed, id, t))),
      ),
    );
    expect(firsts.size).toBeGreaterThan(5990);
  });
});
