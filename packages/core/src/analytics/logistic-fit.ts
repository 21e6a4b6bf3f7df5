/** Logistic regression by maximum likelihood (Newton–Raphson, i.e. IRLS), with standard errors from the inverse Fisher information. */

import { CholeskyDecomposition, Matrix } from 'ml-matrix';
import { INTERCEPT } from '../sim/reliability-fitted.ts';
import { checkCollinear, checkSeparation, FitError } from './fit-checks.ts';

/** Cases for a fit: one row of feature values per case (no intercept column) and its 0/1 outcome. */
export interface LogisticData {
  names: readonly string[];
  x: readonly (readonly number[])[];
  y: readonly number[];
}

/** One fitted coefficient; `n` counts the cases whose feature is non-zero (all cases for the intercept). */
export interface Coefficient {
  name: string;
  estimate: number;
  se: number;
  n: number;
}

export interface LogisticFit {
  /** The intercept first, then the features in the order of `names`. */
  coefficients: Coefficient[];
  /** Estimated covariance of the estimates, in the order of `coefficients`. */
  covariance: number[][];
  n: number;
  /** Cases with outcome 1. */
  events: number;
  /** Log-likelihood at the estimates (without the ridge penalty). */
  logLikelihood: number;
  iterations: number;
  ridge: number;
}

export interface FitOptions {
  /**
   * L2 penalty λ on the feature coefficients (never the intercept): the fit maximises
   * ℓ(β) − λ/2·Σβⱼ², the ridge estimator of le Cessie & van Houwelingen (1992, Applied Statistics
   * 41(1):191–201). The covariance is then (X'WX + λI)⁻¹, the posterior covariance under a
   * N(0, 1/λ) prior by Laplace's approximation, which is what parameter draws need. Default 0.
   */
  ridge?: number;
  maxIterations?: number;
  /** Stop when the log-likelihood changes by less than this, relative to |ℓ| + 0.1 (as R's glm does). */
  tolerance?: number;
}

const logistic = (eta: number): number => 1 / (1 + Math.exp(-eta));

/**
 * The maximum-likelihood logistic regression of y on x with an intercept. Newton–Raphson on the
 * log-likelihood, which for the canonical logit link is Fisher scoring and iteratively reweighted
 * least squares (McCullagh & Nelder 1989, Generalized Linear Models, 2nd ed., §4.4); the standard
 * errors are the square roots of the diagonal of the inverse Fisher information (X'WX)⁻¹ (§4.4.5).
 * Throws a FitError when no finite estimate exists (no variation, collinear features, separation)
 * or the iterations do not converge.
 * @example fitLogistic({names: ['dose'], x: [[1], [2], [3], [4]], y: [0, 1, 0, 1]}).coefficients[1].estimate
 */
export function fitLogistic(data: LogisticData, options: FitOptions = {}): LogisticFit {
  const { ridge = 0, maxIterations = 50, tolerance = 1e-10 } = options;
  const X = designMatrix(data);
  const n = data.y.length;
  const events = data.y.reduce((s, v) => s + v, 0);
  if (events === 0 || events === n)
    throw new FitError(
      'no-variation',
      `every one of the ${n} cases has outcome ${events === 0 ? 0 : 1}: there is nothing to fit`,
    );
  const names = [INTERCEPT, ...data.names];
  checkCollinear(information(X, new Float64Array(n).fill(1), 0), names);

  let beta: Float64Array = new Float64Array(names.length);
  beta[0] = Math.log(events / (n - events));
  let value = penalised(X, data.y, beta, ridge);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const step = newtonStep(X, data.y, beta, ridge, names);
    let t = 1;
    let next = addScaled(beta, step, t);
    let nextValue = penalised(X, data.y, next, ridge);
    // Step-halving keeps every step uphill; a full Newton step is almost always taken.
    while (!(nextValue >= value) && t > 1e-6) {
      t /= 2;
      next = addScaled(beta, step, t);
      nextValue = penalised(X, data.y, next, ridge);
    }
    // Both the likelihood and the estimates must settle: under separation the likelihood
    // flattens while an estimate keeps moving by about one unit per step.
    const settled =
      Math.abs(nextValue - value) < tolerance * (Math.abs(nextValue) + 0.1) &&
      step.every((d, j) => Math.abs(t * d) < 1e-6 * (Math.abs(next[j]!) + 1));
    beta = next;
    value = nextValue;
    if (settled) {
      checkSeparation(X, data.y, probabilities(X, beta), names);
      return result(data, X, beta, ridge, names, iteration);
    }
  }
  checkSeparation(X, data.y, probabilities(X, beta), names);
  throw new FitError(
    'no-convergence',
    `the fit did not converge in ${maxIterations} iterations; rescale the features or raise maxIterations`,
  );
}

/**
 * The fitted probability for one row of feature values (in the order of the fit's names).
 * @example predictLogistic(fit, [1.8]) // P(y = 1) at dose 1.8
 */
export function predictLogistic(
  fit: Pick<LogisticFit, 'coefficients'>,
  row: readonly number[],
): number {
  const c = fit.coefficients;
  if (row.length !== c.length - 1)
    throw new RangeError(`expected ${c.length - 1} feature values, got ${row.length}`);
  let eta = c[0]!.estimate;
  for (let j = 0; j < row.length; j++) eta += c[j + 1]!.estimate * row[j]!;
  return logistic(eta);
}

/** Rows with a leading 1 for the intercept, checked for shape and finiteness. */
function designMatrix(data: LogisticData): Float64Array[] {
  if (data.x.length !== data.y.length)
    throw new RangeError(`${data.x.length} rows of features but ${data.y.length} outcomes`);
  if (data.names.includes(INTERCEPT))
    throw new RangeError(`"${INTERCEPT}" is added by the fit; do not pass it as a feature`);
  return data.x.map((row, i) => {
    if (row.length !== data.names.length)
      throw new RangeError(`case ${i} has ${row.length} features, expected ${data.names.length}`);
    if (!row.every(Number.isFinite)) throw new RangeError(`case ${i} has a non-finite feature`);
    const y = data.y[i];
    if (y !== 0 && y !== 1) throw new RangeError(`case ${i} has outcome ${y}, expected 0 or 1`);
    const withIntercept = new Float64Array(row.length + 1);
    withIntercept[0] = 1;
    withIntercept.set(row, 1);
    return withIntercept;
  });
}

/** X'WX + λ·diag(0, 1, …, 1), summed case by case (each row read once) and symmetric by construction. */
function information(X: readonly Float64Array[], w: Float64Array, ridge: number): Matrix {
  const k = X[0]?.length ?? 1;
  const lower = new Float64Array(k * k);
  for (let i = 0; i < X.length; i++) {
    const row = X[i]!;
    for (let a = 0; a < k; a++) {
      const wa = w[i]! * row[a]!;
      const at = a * k;
      for (let b = 0; b <= a; b++) lower[at + b] = lower[at + b]! + wa * row[b]!;
    }
  }
  const h = new Matrix(k, k);
  for (let a = 0; a < k; a++)
    for (let b = 0; b <= a; b++) {
      const v = lower[a * k + b]! + (a === b && a > 0 ? ridge : 0);
      h.set(a, b, v);
      h.set(b, a, v);
    }
  return h;
}

function probabilities(X: readonly Float64Array[], beta: Float64Array): Float64Array {
  return Float64Array.from(X, (row) => {
    let eta = 0;
    for (let j = 0; j < row.length; j++) eta += row[j]! * beta[j]!;
    return logistic(eta);
  });
}

function logLikelihood(X: readonly Float64Array[], y: readonly number[], beta: Float64Array) {
  let ll = 0;
  for (let i = 0; i < X.length; i++) {
    let eta = 0;
    for (let j = 0; j < beta.length; j++) eta += X[i]![j]! * beta[j]!;
    // log σ(η) = −log(1 + e^−η), computed without overflow for large |η|.
    const s = y[i] === 1 ? eta : -eta;
    ll -= s > 0 ? Math.log1p(Math.exp(-s)) : -s + Math.log1p(Math.exp(s));
  }
  return ll;
}

function penalised(
  X: readonly Float64Array[],
  y: readonly number[],
  beta: Float64Array,
  ridge: number,
) {
  let sq = 0;
  for (let j = 1; j < beta.length; j++) sq += beta[j]! ** 2;
  return logLikelihood(X, y, beta) - (ridge / 2) * sq;
}

/** δ solving (X'WX + λD)δ = X'(y − p) − λDβ. */
function newtonStep(
  X: readonly Float64Array[],
  y: readonly number[],
  beta: Float64Array,
  ridge: number,
  names: readonly string[],
): Float64Array {
  const p = probabilities(X, beta);
  const h = information(X, weights(p), ridge);
  const score = beta.map((b, j) => (j > 0 ? -ridge * b : 0));
  for (let i = 0; i < X.length; i++) {
    const row = X[i]!;
    const r = y[i]! - p[i]!;
    for (let j = 0; j < row.length; j++) score[j] = score[j]! + row[j]! * r;
  }
  const g = Matrix.columnVector(score);
  const chol = new CholeskyDecomposition(h);
  if (!chol.isPositiveDefinite()) {
    checkSeparation(X, y, p, names);
    checkCollinear(h, names);
  }
  return Float64Array.from(chol.solve(g).getColumn(0));
}

const weights = (p: Float64Array): Float64Array => p.map((v) => v * (1 - v));

const addScaled = (beta: Float64Array, step: Float64Array, t: number): Float64Array =>
  beta.map((b, j) => b + t * step[j]!);

function result(
  data: LogisticData,
  X: readonly Float64Array[],
  beta: Float64Array,
  ridge: number,
  names: readonly string[],
  iterations: number,
): LogisticFit {
  const h = information(X, weights(probabilities(X, beta)), ridge);
  const inv = new CholeskyDecomposition(h).solve(Matrix.eye(beta.length)).to2DArray();
  const covariance = inv.map((row, a) => row.map((v, b) => (v + inv[b]![a]!) / 2));
  const coefficients = names.map((name, j) => ({
    name,
    estimate: beta[j]!,
    se: Math.sqrt(covariance[j]![j]!),
    n: j === 0 ? data.y.length : data.x.filter((row) => row[j - 1] !== 0).length,
  }));
  return {
    coefficients,
    covariance,
    n: data.y.length,
    events: data.y.reduce((s, v) => s + v, 0),
    logLikelihood: logLikelihood(X, data.y, beta),
    iterations,
    ridge,
  };
}
