import { describe, expect, it } from 'vitest';
import { forkStream } from '../sim/rng.ts';
import { sobolDesign, sobolIndices } from './sobol-indices.ts';

const run = (
  f: (x: number[]) => number,
  ranges: { low: number; high: number }[],
  n: number,
  seed = 1,
) => {
  const rows = sobolDesign(ranges, n, forkStream(seed, 0));
  return sobolIndices(rows.map(f), n, ranges.length);
};

describe('sobolIndices', () => {
  it('gives an additive function of two inputs the shares of its variance: 2x + y on [0, 1]² is 0.8 and 0.2', () => {
    const s = run(
      ([x, y]) => 2 * x! + y!,
      [
        { low: 0, high: 1 },
        { low: 0, high: 1 },
      ],
      8192,
    );
    expect(s.first[0]).toBeCloseTo(0.8, 1);
    expect(s.first[1]).toBeCloseTo(0.2, 1);
    expect(s.total[0]).toBeCloseTo(0.8, 1);
    expect(s.total[1]).toBeCloseTo(0.2, 1);
    expect(s.variance).toBeCloseTo(5 / 12, 1);
  });

  it('finds the Ishigami function’s known indices, interactions in the total ones only', () => {
    // Ishigami & Homma 1990 with a = 7, b = 0.1 on [−π, π]³; analytic indices from Saltelli et al. 2010.
    const pi = { low: -Math.PI, high: Math.PI };
    const s = run(
      ([x1, x2, x3]) => Math.sin(x1!) + 7 * Math.sin(x2!) ** 2 + 0.1 * x3! ** 4 * Math.sin(x1!),
      [pi, pi, pi],
      20_000,
    );
    expect(s.first[0]).toBeCloseTo(0.3139, 1);
    expect(s.first[1]).toBeCloseTo(0.4424, 1);
    expect(Math.abs(s.first[2]!)).toBeLessThan(0.05);
    expect(s.total[0]).toBeCloseTo(0.5576, 1);
    expect(s.total[1]).toBeCloseTo(0.4424, 1);
    expect(s.total[2]).toBeCloseTo(0.2437, 1);
  });

  it('is reproducible under its seed and moves with another', () => {
    const f = ([x, y]: number[]) => x! * y!;
    const r = [
      { low: 0, high: 1 },
      { low: 0, high: 1 },
    ];
    expect(run(f, r, 64, 7)).toEqual(run(f, r, 64, 7));
    expect(run(f, r, 64, 7).first).not.toEqual(run(f, r, 64, 8).first);
  });

  it('lays out N(k + 2) rows, each AB_i row A’s but for column i, which is B’s', () => {
    const rows = sobolDesign(
      [
        { low: 0, high: 1 },
        { low: 10, high: 20 },
      ],
      3,
      forkStream(1, 0),
    );
    expect(rows).toHaveLength(12);
    const [a, b] = [rows.slice(0, 3), rows.slice(3, 6)];
    expect(rows[6]).toEqual([b[0]![0], a[0]![1]]);
    expect(rows[9]).toEqual([a[0]![0], b[0]![1]]);
    expect(rows.every(([x, y]) => x! >= 0 && x! <= 1 && y! >= 10 && y! <= 20)).toBe(true);
    expect(() => sobolIndices([1, 2, 3], 3, 2)).toThrow(/N\(k \+ 2\)/);
  });
});

describe('sobolIndices on a measure far from 0 with a small variance', () => {
  it('gives the same indices as for the measure centred (the estimator is not swamped by the mean)', () => {
    const ranges = [
      { low: 0, high: 1 },
      { low: 0, high: 1 },
    ];
    const rows = sobolDesign(ranges, 32, forkStream(3, 0));
    const small = (x: number[]) => 0.02 * x[0]! + 0.01 * x[1]!;
    const near0 = sobolIndices(rows.map(small), 32, 2);
    const far = sobolIndices(
      rows.map((x) => 0.7 + small(x)),
      32,
      2,
    );
    for (let i = 0; i < 2; i++) {
      expect(far.first[i]).toBeCloseTo(near0.first[i]!, 9);
      expect(far.first[i]).toBeLessThan(1.2);
    }
  });
});
