/**
 * Intervals for measures pooled over independent strata (a battery's scenarios) and for paired
 * differences, from per-stratum sums: each measure is a ratio Σy / Σx over trials (x = 1 for a
 * mean or a proportion per trial, x = "the ratio was defined" for the deterrence measures), and
 * its variance is the delta method's, summed over strata because their streams are independent.
 */
import { type Estimate, wilson, Z95 } from './intervals.ts';

/** Sums over one stratum's n trials of y, x, y², x², xy. */
export interface RatioMoments {
  n: number;
  y: number;
  x: number;
  yy: number;
  xx: number;
  xy: number;
}

/** Two architectures' moments over the same n paired trials, and their cross sums. */
export interface PairMoments {
  a: RatioMoments;
  b: RatioMoments;
  yaYb: number;
  yaXb: number;
  xaYb: number;
  xaXb: number;
}

/**
 * n·Var(cᵀv) for one stratum's n i.i.d. trial vectors v, from Σv (`sums`) and Σvvᵀ
 * (`products`), with the n/(n−1) correction: the stratum's share of the variance of Σ cᵀv.
 */
function stratumVariance(n: number, sums: number[], products: number[][], c: number[]): number {
  if (n <= 0) return 0;
  let quadratic = 0;
  let linear = 0;
  for (let i = 0; i < c.length; i++) {
    linear += c[i]! * sums[i]!;
    for (let j = 0; j < c.length; j++) quadratic += c[i]! * c[j]! * products[i]![j]!;
  }
  const v = quadratic - (linear * linear) / n;
  // What is left of two equal sums after subtraction is rounding, not variance.
  if (v <= 1e-9 * quadratic) return 0;
  return n > 1 ? (v * n) / (n - 1) : v;
}

const total = (strata: readonly RatioMoments[]) => {
  let y = 0;
  let x = 0;
  for (const s of strata) {
    y += s.y;
    x += s.x;
  }
  return { y, x, r: y / x };
};

/** The pooled ratio Σy/Σx over strata and its variance. */
export function pooledRatio(strata: readonly RatioMoments[]): {
  value: number;
  variance: number;
  y: number;
  x: number;
} {
  const { y, x, r } = total(strata);
  let variance = 0;
  for (const s of strata)
    variance += stratumVariance(
      s.n,
      [s.y, s.x],
      [
        [s.yy, s.xy],
        [s.xy, s.xx],
      ],
      [1 / x, -r / x],
    );
  return { value: r, variance, y, x };
}

/**
 * A mean pooled over independent strata, with its normal 95% interval.
 * @example stratifiedMean([{n: 4, y: 10, x: 4, yy: 30, xx: 4, xy: 10}]).value // 2.5
 */
export function stratifiedMean(strata: readonly RatioMoments[], z = Z95): Estimate {
  const { value, variance, x } = pooledRatio(strata);
  if (!(x > 0)) return { value: Number.NaN, low: Number.NaN, high: Number.NaN };
  const half = z * Math.sqrt(variance);
  return { value, low: value - half, high: value + half };
}

/**
 * A proportion pooled over independent strata: the Wilson interval at the effective sample size
 * p(1 − p)/variance (the design-effect form of Wilson's interval), which keeps Wilson's coverage
 * near 0 and 1. When the strata show no variance at all (each all-or-nothing), the plain Wilson
 * interval of the pooled counts, which is wider.
 * @example stratifiedProportion([{n: 100, y: 30, x: 100, yy: 30, xx: 100, xy: 30}]) // wilson(30, 100)
 */
export function stratifiedProportion(strata: readonly RatioMoments[], z = Z95): Estimate {
  const { value, variance, y, x } = pooledRatio(strata);
  if (!(x > 0)) return wilson(0, 0, z);
  if (!(variance > 0) || value <= 0 || value >= 1) return wilson(y, x, z);
  const effective = (value * (1 - value)) / variance;
  return wilson(value * effective, effective, z);
}

/**
 * The paired difference a − b of two pooled ratios over independent strata, each stratum's
 * trials paired (the same random numbers), with its normal 95% interval: the delta method's
 * variance of the difference, covariance included, so common random numbers narrow it exactly
 * as far as they make the two answers move together.
 * @example pairedDifference(strata).value // P(deterred | Asian NATO) − P(deterred | status quo)
 */
export function pairedDifference(strata: readonly PairMoments[], z = Z95): Estimate {
  const ta = total(strata.map((s) => s.a));
  const tb = total(strata.map((s) => s.b));
  if (!(ta.x > 0 && tb.x > 0)) return { value: Number.NaN, low: Number.NaN, high: Number.NaN };
  const c = [1 / ta.x, -ta.r / ta.x, -1 / tb.x, tb.r / tb.x];
  let variance = 0;
  for (const { a, b, yaYb, yaXb, xaYb, xaXb } of strata)
    variance += stratumVariance(
      a.n,
      [a.y, a.x, b.y, b.x],
      [
        [a.yy, a.xy, yaYb, yaXb],
        [a.xy, a.xx, xaYb, xaXb],
        [yaYb, xaYb, b.yy, b.xy],
        [yaXb, xaXb, b.xy, b.xx],
      ],
      c,
    );
  const value = ta.r - tb.r;
  const half = z * Math.sqrt(variance);
  return { value, low: value - half, high: value + half };
}
