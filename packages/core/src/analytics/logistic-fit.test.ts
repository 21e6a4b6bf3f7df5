import { describe, expect, it } from 'vitest';
import { standardNormals } from '../sim/coefficient-draws.ts';
import { createRng, type Rng } from '../sim/rng.ts';
import { FitError } from './fit-checks.ts';
import { fitLogistic, type LogisticData, predictLogistic } from './logistic-fit.ts';

/** Grouped cases (value, cases, events) as one 0/1 case each. */
function ungroup(name: string, groups: readonly [number, number, number][]): LogisticData {
  const x: number[][] = [];
  const y: number[] = [];
  for (const [v, n, events] of groups)
    for (let i = 0; i < n; i++) {
      x.push([v]);
      y.push(i < events ? 1 : 0);
    }
  return { names: [name], x, y };
}

/** n cases from logit P(y = 1) = β·(1, x₁ ~ N(0,1), x₂ ~ Bernoulli(0.3), x₃ ~ U(−2, 2)). */
function simulate(rng: Rng, n: number, beta: readonly number[]): LogisticData {
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = [standardNormals(rng, 1)[0]!, rng.next() < 0.3 ? 1 : 0, 4 * rng.next() - 2];
    const eta = beta[0]! + row.reduce((s, v, j) => s + v * beta[j + 1]!, 0);
    x.push(row);
    y.push(rng.next() < 1 / (1 + Math.exp(-eta)) ? 1 : 0);
  }
  return { names: ['x1', 'x2', 'x3'], x, y };
}

const BETA = [-0.5, 1, -0.8, 0.4];

function thrown(f: () => unknown): FitError {
  try {
    f();
  } catch (e) {
    if (e instanceof FitError) return e;
    throw e;
  }
  throw new Error('expected a FitError');
}

describe('fitLogistic', () => {
  it('reproduces the published fit to Bliss’s beetle mortality data', () => {
    // Bliss (1935, Ann. Appl. Biol. 22:134–167): beetles killed after five hours' exposure to
    // carbon disulphide, by log10 dose. Dobson & Barnett (2008, An Introduction to Generalized
    // Linear Models, 3rd ed., §7.3.1, Table 7.3) publish the logistic fit: b₁ = −60.72 (s.e.
    // 5.18), b₂ = 34.27 (s.e. 2.91), deviance D = 11.23 on 6 degrees of freedom.
    const groups: [number, number, number][] = [
      [1.6907, 59, 6],
      [1.7242, 60, 13],
      [1.7552, 62, 18],
      [1.7842, 56, 28],
      [1.8113, 63, 52],
      [1.8369, 59, 53],
      [1.861, 62, 61],
      [1.8839, 60, 60],
    ];
    const fit = fitLogistic(ungroup('dose', groups));
    const [b1, b2] = fit.coefficients;
    expect(b1!.estimate).toBeCloseTo(-60.72, 2);
    expect(b1!.se).toBeCloseTo(5.18, 2);
    expect(b2!.estimate).toBeCloseTo(34.27, 2);
    expect(b2!.se).toBeCloseTo(2.91, 2);
    const deviance = groups.reduce((d, [dose, n, y]) => {
      const mu = n * predictLogistic(fit, [dose]);
      const term = (o: number, e: number) => (o === 0 ? 0 : o * Math.log(o / e));
      return d + 2 * (term(y, mu) + term(n - y, n - mu));
    }, 0);
    expect(deviance).toBeCloseTo(11.23, 2);
    expect(fit.n).toBe(481);
    expect(fit.events).toBe(291);
  });

  it('gives the closed form for one 0/1 feature: log odds, log odds ratio and Woolf’s errors', () => {
    // x = 0: 20 of 50 cases have y = 1; x = 1: 40 of 50. The MLE is logit(0.4) and
    // logit(0.8) − logit(0.4); the errors are √(1/20 + 1/30) and √(1/20 + 1/30 + 1/40 + 1/10)
    // (Woolf 1955, Ann. Hum. Genet. 19:251–253).
    const data = ungroup('x', [
      [0, 50, 20],
      [1, 50, 40],
    ]);
    const [a, b] = fitLogistic(data).coefficients;
    expect(a).toMatchObject({ name: 'intercept', n: 100 });
    expect(a!.estimate).toBeCloseTo(Math.log(0.4 / 0.6), 10);
    expect(a!.se).toBeCloseTo(Math.sqrt(1 / 20 + 1 / 30), 10);
    expect(b).toMatchObject({ name: 'x', n: 50 });
    expect(b!.estimate).toBeCloseTo(Math.log(4) - Math.log(0.4 / 0.6), 10);
    expect(b!.se).toBeCloseTo(Math.sqrt(1 / 20 + 1 / 30 + 1 / 40 + 1 / 10), 10);
  });

  it('recovers known coefficients from synthetic data within three standard errors', () => {
    const fit = fitLogistic(simulate(createRng(2026), 20_000, BETA));
    fit.coefficients.forEach((c, j) => {
      expect(Math.abs(c.estimate - BETA[j]!)).toBeLessThan(3 * c.se);
    });
    // The information is n times the per-case information, so errors shrink as 1/√n.
    expect(fit.coefficients[1]!.se).toBeLessThan(0.03);
  });

  it('reports standard errors that match the spread of estimates over repeated samples', () => {
    const rng = createRng(7);
    const reps = 300;
    const estimates: number[][] = [];
    const ses: number[][] = [];
    for (let r = 0; r < reps; r++) {
      const fit = fitLogistic(simulate(rng, 800, BETA));
      estimates.push(fit.coefficients.map((c) => c.estimate));
      ses.push(fit.coefficients.map((c) => c.se));
    }
    for (let j = 0; j < BETA.length; j++) {
      const col = estimates.map((e) => e[j]!);
      const mean = col.reduce((s, v) => s + v, 0) / reps;
      const sd = Math.sqrt(col.reduce((s, v) => s + (v - mean) ** 2, 0) / (reps - 1));
      const se = ses.reduce((s, e) => s + e[j]!, 0) / reps;
      // An SD from 300 draws is within about ±8% (2 × 1/√(2·299)) of the truth.
      expect(sd / se).toBeGreaterThan(0.88);
      expect(sd / se).toBeLessThan(1.12);
    }
  });

  it('with a ridge penalty solves X′(y − p) = λβ, its covariance the inverse penalised information', () => {
    const data = simulate(createRng(3), 300, BETA);
    const ridge = 5;
    const fit = fitLogistic(data, { ridge });
    const plain = fitLogistic(data);
    const p = data.x.map((row) => predictLogistic(fit, row));
    for (let j = 0; j < BETA.length; j++) {
      const score = data.y.reduce(
        (s, y, i) => s + (j === 0 ? 1 : data.x[i]![j - 1]!) * (y - p[i]!),
        0,
      );
      expect(score).toBeCloseTo(j === 0 ? 0 : ridge * fit.coefficients[j]!.estimate, 6);
    }
    // The covariance is the inverse of the penalised information X′WX + λ·diag(0, 1, …, 1).
    const row = (i: number) => [1, ...data.x[i]!];
    for (let a = 0; a < BETA.length; a++)
      for (let b = 0; b < BETA.length; b++) {
        let hc = 0;
        for (let c = 0; c < BETA.length; c++) {
          let h = a === c && a > 0 ? ridge : 0;
          for (let i = 0; i < p.length; i++) h += p[i]! * (1 - p[i]!) * row(i)[a]! * row(i)[c]!;
          hc += h * fit.covariance[c]![b]!;
        }
        expect(hc).toBeCloseTo(a === b ? 1 : 0, 8);
      }
    const norm = (f: typeof fit) =>
      f.coefficients.slice(1).reduce((s, c) => s + c.estimate ** 2, 0);
    expect(norm(fit)).toBeLessThan(norm(plain));
    expect(fit.ridge).toBe(ridge);
  });

  it('refuses outcomes with no variation', () => {
    const e = thrown(() => fitLogistic({ names: ['x'], x: [[1], [2], [3]], y: [1, 1, 1] }));
    expect(e.code).toBe('no-variation');
  });

  it('names a feature that is a combination of the others', () => {
    const data = simulate(createRng(4), 200, BETA);
    const x = data.x.map((r) => [...r, 2 * r[0]! - r[2]!]);
    const e = thrown(() => fitLogistic({ names: [...data.names, 'x4'], x, y: data.y }));
    expect(e.code).toBe('collinear');
    expect(e.message).toMatch(/"x4" is a linear combination/);
    // Collinear up to rounding: 1 − R² of about 10⁻¹³ leaves Cholesky a tiny positive pivot.
    const near = data.x.map((r, i) => [...r, 2 * r[0]! - r[2]! + 1e-6 * Math.sin(i)]);
    expect(
      thrown(() => fitLogistic({ names: [...data.names, 'x4'], x: near, y: data.y })).code,
    ).toBe('collinear');
    const zero = thrown(() =>
      fitLogistic({ names: ['x1', 'z'], x: data.x.map((r) => [r[0]!, 0]), y: data.y }),
    );
    expect(zero.message).toMatch(/"z" is zero in every case/);
  });

  it('detects complete separation', () => {
    const e = thrown(() =>
      fitLogistic({ names: ['x'], x: [[1], [2], [3], [4], [5], [6]], y: [0, 0, 0, 1, 1, 1] }),
    );
    expect(e.code).toBe('separation');
  });

  it('detects quasi-complete separation and names the 0/1 feature behind it', () => {
    // Every case with "post1945" set has y = 0; the others vary.
    const data = simulate(createRng(5), 400, BETA);
    const x = data.x.map((r, i) => [...r, i % 5 === 0 ? 1 : 0]);
    const y = data.y.map((v, i) => (i % 5 === 0 ? 0 : v));
    const e = thrown(() => fitLogistic({ names: [...data.names, 'post1945'], x, y }));
    expect(e.code).toBe('separation');
    expect(e.message).toMatch(/every case with "post1945" = 1 has outcome 0/);
    // A ridge penalty keeps the estimates finite.
    expect(fitLogistic({ names: [...data.names, 'post1945'], x, y }, { ridge: 1 }).n).toBe(400);
  });

  it('detects separation of a few cases among many, where the likelihood barely moves', () => {
    // Three of 20,000 cases have "rare" set, all with y = 1. The log-likelihood settles to
    // within 10⁻¹⁰ of itself while "rare" still climbs by about one a step; a fit that watched
    // the likelihood alone would stop there and report β ≈ 15 with a standard error of 1,000.
    const rng = createRng(8);
    const x = Array.from({ length: 20_000 }, (_, i) => [rng.next() * 2 - 1, i < 3 ? 1 : 0]);
    const y = x.map(([, rare]) => (rare === 1 || rng.next() < 0.5 ? 1 : 0));
    const e = thrown(() => fitLogistic({ names: ['a', 'rare'], x, y }));
    expect(e.code).toBe('separation');
    expect(e.message).toMatch(/3 of 20000 fitted probabilities/);
  });

  it('says when it has not converged', () => {
    const data = simulate(createRng(6), 200, BETA);
    expect(thrown(() => fitLogistic(data, { maxIterations: 1 })).code).toBe('no-convergence');
  });

  it('rejects malformed input', () => {
    expect(() => fitLogistic({ names: ['x'], x: [[1]], y: [1, 0] })).toThrow(/1 rows/);
    expect(() => fitLogistic({ names: ['x'], x: [[1], [2]], y: [1, 2] })).toThrow(/outcome 2/);
    expect(() => fitLogistic({ names: ['x'], x: [[1], [Number.NaN]], y: [1, 0] })).toThrow(
      /non-finite/,
    );
    expect(() => fitLogistic({ names: ['intercept'], x: [[1], [2]], y: [1, 0] })).toThrow(
      /added by the fit/,
    );
  });
});
