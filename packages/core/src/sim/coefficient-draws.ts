/** Parameter uncertainty: draws of a coefficient vector from its estimated sampling distribution, a multivariate normal. */
import { CholeskyDecomposition, Matrix } from 'ml-matrix';
import type { Rng } from '../sim/rng.ts';

/** What a fit (or a fitted reliability file) gives: estimates and their covariance, in one order. */
export interface SamplingDistribution {
  coefficients: readonly { estimate: number }[];
  covariance: readonly (readonly number[])[];
}

/**
 * k independent standard normal draws by the Box–Muller transform (Box & Muller 1958, Ann. Math.
 * Statist. 29(2):610–611), both values of each pair used; 1 − u keeps the logarithm's argument
 * in (0, 1].
 * @example standardNormals(createRng(1), 3) // three N(0, 1) draws, the same for seed 1
 */
export function standardNormals(rng: Rng, k: number): Float64Array {
  const z = new Float64Array(k);
  for (let i = 0; i < k; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - rng.next()));
    const theta = 2 * Math.PI * rng.next();
    z[i] = r * Math.cos(theta);
    if (i + 1 < k) z[i + 1] = r * Math.sin(theta);
  }
  return z;
}

/**
 * The lower Cholesky factor L of Σ = LL', row-major in a k × k array (what a worker can carry). A
 * covariance of zeros (no parameter uncertainty) gives L = 0, so every draw is the estimate.
 * @example choleskyLower([[4, 0], [0, 9]]) // Float64Array [2, 0, 0, 3]
 */
export function choleskyLower(covariance: readonly (readonly number[])[]): Float64Array {
  const k = covariance.length;
  if (covariance.some((row) => row.length !== k))
    throw new RangeError(`the covariance must be ${k} × ${k}, one row per coefficient`);
  const l = new Float64Array(k * k);
  if (covariance.every((row) => row.every((v) => v === 0))) return l;
  const chol = new CholeskyDecomposition(new Matrix(covariance.map((row) => [...row])));
  if (!chol.isPositiveDefinite())
    throw new RangeError('the covariance is not positive definite: it cannot be a fit’s');
  for (const [i, row] of chol.lowerTriangularMatrix.to2DArray().entries()) l.set(row, i * k);
  return l;
}

/**
 * One draw β̂ + Lz with z standard normal from `rng`, written into `out`: Cov(Lz) = LL' = Σ, the
 * standard construction (Gentle 2003, Random Number Generation and Monte Carlo Methods, 2nd ed.,
 * on multivariate normal variates).
 * @example drawCoefficients(mean, choleskyLower(cov), forkStream(seed, block), new Float64Array(k))
 */
export function drawCoefficients(
  mean: ArrayLike<number>,
  lower: Float64Array,
  rng: Rng,
  out: Float64Array,
): Float64Array {
  const k = mean.length;
  const z = standardNormals(rng, k);
  for (let i = 0; i < k; i++) {
    let s = mean[i]!;
    for (let j = 0; j <= i; j++) s += lower[i * k + j]! * z[j]!;
    out[i] = s;
  }
  return out;
}

/**
 * A sampler of β ~ N(β̂, Σ) (drawCoefficients), the factor computed once; each call draws from
 * the rng it is given, so a seeded stream gives the same coefficients.
 * @example coefficientSampler(fit)(forkStream(seed, block)) // one coefficient vector per block
 */
export function coefficientSampler(dist: SamplingDistribution): (rng: Rng) => Float64Array {
  const k = dist.coefficients.length;
  if (dist.covariance.length !== k)
    throw new RangeError(`the covariance must be ${k} × ${k}, one row per coefficient`);
  const lower = choleskyLower(dist.covariance);
  const mean = dist.coefficients.map((c) => c.estimate);
  return (rng) => drawCoefficients(mean, lower, rng, new Float64Array(k));
}
