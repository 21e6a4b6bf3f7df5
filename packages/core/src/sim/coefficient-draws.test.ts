import { describe, expect, it } from 'vitest';
import { createRng, forkStream } from '../sim/rng.ts';
import { coefficientSampler, standardNormals } from './coefficient-draws.ts';

const mean = [1, -2, 0.5];
// A covariance with strong correlations: Σ = AA' for a lower-triangular A.
const covariance = [
  [0.04, 0.03, -0.01],
  [0.03, 0.0625, 0.005],
  [-0.01, 0.005, 0.09],
];
const dist = { coefficients: mean.map((estimate) => ({ estimate })), covariance };

describe('coefficient draws', () => {
  it('standard normals have mean 0, variance 1 and normal tails', () => {
    const z = standardNormals(createRng(11), 100_001);
    const m = z.reduce((s, v) => s + v, 0) / z.length;
    const v = z.reduce((s, x) => s + (x - m) ** 2, 0) / (z.length - 1);
    expect(Math.abs(m)).toBeLessThan(0.01);
    expect(Math.abs(v - 1)).toBeLessThan(0.015);
    // P(|Z| > 1.96) = 0.05; the count's standard error is √(0.05·0.95·n) ≈ 69.
    const tail = z.filter((x) => Math.abs(x) > 1.959964).length;
    expect(Math.abs(tail - 0.05 * z.length)).toBeLessThan(4 * 69);
  });

  it('draws whose sample mean and covariance match the fit’s', () => {
    const draw = coefficientSampler(dist);
    const rng = createRng(12);
    const n = 40_000;
    const draws = Array.from({ length: n }, () => draw(rng));
    const m = mean.map((_, j) => draws.reduce((s, d) => s + d[j]!, 0) / n);
    for (let j = 0; j < 3; j++) {
      // The mean's standard error is √(Σⱼⱼ/n) ≤ 0.0015.
      expect(Math.abs(m[j]! - mean[j]!)).toBeLessThan(0.006);
      for (let k = 0; k < 3; k++) {
        const c = draws.reduce((s, d) => s + (d[j]! - m[j]!) * (d[k]! - m[k]!), 0) / (n - 1);
        // A sample covariance's standard error is √((ΣⱼⱼΣₖₖ + Σⱼₖ²)/n) ≤ 0.00064 here.
        expect(Math.abs(c - covariance[j]![k]!)).toBeLessThan(0.0026);
      }
    }
  });

  it('is reproducible: the same stream gives the same coefficients', () => {
    const draw = coefficientSampler(dist);
    expect(draw(forkStream(2026, 3))).toEqual(draw(forkStream(2026, 3)));
    expect(draw(forkStream(2026, 3))).not.toEqual(draw(forkStream(2026, 4)));
  });

  it('refuses a covariance that is not a positive-definite k × k matrix', () => {
    expect(() => coefficientSampler({ ...dist, covariance: covariance.slice(1) })).toThrow(/3 × 3/);
    const singular = [
      [1, 1, 0],
      [1, 1, 0],
      [0, 0, 1],
    ];
    expect(() => coefficientSampler({ ...dist, covariance: singular })).toThrow(
      /positive definite/,
    );
  });
});
