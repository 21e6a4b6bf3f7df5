/** Confidence intervals for the simulation's outputs: Wilson for proportions, normal for means, histogram quantiles. */

/** A point estimate with its 95% interval. */
export interface Estimate {
  value: number;
  low: number;
  high: number;
}

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval for a proportion (Wilson 1927; recommended by Brown, Cai & DasGupta 2001
 * because its coverage stays near nominal for small and extreme p, unlike the Wald interval).
 * @example wilson(30, 100) // {value: 0.3, low: 0.219, high: 0.396}
 */
export function wilson(successes: number, n: number, z = Z95): Estimate {
  if (n <= 0) return { value: Number.NaN, low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  const low = successes <= 0 ? 0 : Math.max(0, centre - half);
  const high = successes >= n ? 1 : Math.min(1, centre + half);
  return { value: p, low, high };
}

/** Width of the Wilson interval, for the stopping rule. */
export const wilsonWidth = (successes: number, n: number): number => {
  const e = wilson(successes, n);
  return e.high - e.low;
};

/**
 * Normal-approximation interval for a mean from streamed sums (n, Σx, Σx²).
 * @example meanInterval(4, 10, 30) // {value: 2.5, ...}
 */
export function meanInterval(n: number, sum: number, sumSq: number, z = Z95): Estimate {
  if (n <= 0) return { value: Number.NaN, low: Number.NaN, high: Number.NaN };
  const mean = sum / n;
  const variance = n > 1 ? Math.max(0, (sumSq - n * mean * mean) / (n - 1)) : 0;
  const half = z * Math.sqrt(variance / n);
  return { value: mean, low: mean - half, high: mean + half };
}

/**
 * Log-spaced bins: bin i covers [10^(lo + i·w), 10^(lo + (i+1)·w)), with one bin below and one above.
 * Fixed bins let histograms from separate trial blocks be added exactly.
 */
export interface LogBins {
  /** log10 of the lower edge of the first regular bin. */
  lo: number;
  /** width of each bin in decades. */
  width: number;
  /** number of regular bins; the array has two more (underflow first, overflow last). */
  count: number;
}

/** Default bins for a capability ratio: 10^-3 … 10^3 in tenths of a decade. */
export const RATIO_BINS: LogBins = { lo: -3, width: 0.1, count: 60 };

/** Index of the histogram cell for a positive value (0 = underflow, count + 1 = overflow). */
export function logBin(bins: LogBins, x: number): number {
  if (!(x > 0)) return 0;
  const i = Math.floor((Math.log10(x) - bins.lo) / bins.width);
  if (i < 0) return 0;
  if (i >= bins.count) return bins.count + 1;
  return i + 1;
}

/**
 * The q-quantile of a log-binned histogram, interpolated geometrically inside its bin.
 * Resolution is one bin (a tenth of a decade by default); under- and overflow clamp to the edges.
 * @example histogramQuantile(RATIO_BINS, counts, 0.5)
 */
export function histogramQuantile(bins: LogBins, counts: ArrayLike<number>, q: number): number {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i]!;
  if (total === 0) return Number.NaN;
  const target = q * total;
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    if (c > 0 && seen + c >= target) {
      if (i === 0) return 10 ** bins.lo;
      if (i === bins.count + 1) return 10 ** (bins.lo + bins.count * bins.width);
      const frac = (target - seen) / c;
      return 10 ** (bins.lo + (i - 1 + frac) * bins.width);
    }
    seen += c;
  }
  return 10 ** (bins.lo + bins.count * bins.width);
}
