/**
 * The model interval: with parameter draws, each block's probability estimates are kept as sums
 * (count, Σp̂, Σp̂², Σ of each block's Monte Carlo variance) that add across blocks like every
 * other aggregate, and the law of total variance splits their spread into Monte Carlo noise and
 * the parameter uncertainty the interval adds (docs/simulation.md, "Parameter uncertainty").
 */
import type { Aggregate } from './collector.ts';
import type { Estimate } from './intervals.ts';

/** Numbers kept per measure (each state's P(enter), then P(widened)): blocks, Σp̂, Σp̂², Σ p̂(1 − p̂)/(n − 1). */
const SLOTS = 4;

/**
 * Writes one block's moments into its aggregate (a block of one trial has no variance estimate
 * of its own and adds 0 for it).
 * @example addBlockMoments(runBlockAggregate).blockMoments?.length // 4 × (states + 1)
 */
export function addBlockMoments(a: Aggregate): Aggregate {
  const n = a.trials;
  const rates = [...Array.from(a.enter, (x) => x / n), a.widened / n];
  const m = new Float64Array(SLOTS * rates.length);
  for (const [j, p] of rates.entries())
    m.set([1, p, p * p, n > 1 ? (p * (1 - p)) / (n - 1) : 0], SLOTS * j);
  a.blockMoments = m;
  return a;
}

/**
 * The 95% model interval of measure j: τ² = max(0, s²_between − mean Monte Carlo variance) is
 * the variance of the block probability across coefficient draws; its ±1.96τ is added to each
 * side of the Monte Carlo interval in quadrature, so with no parameter variance the two are the
 * same. Fewer than two blocks give the Monte Carlo interval.
 * @example modelInterval(s.enter, aggregate.blockMoments, i)
 */
export function modelInterval(mc: Estimate, moments: Float64Array, j: number): Estimate {
  const [blocks, sum, sumSq, mcVar] = moments.subarray(SLOTS * j, SLOTS * j + SLOTS);
  if (!(blocks! >= 2)) return mc;
  const between = (sumSq! - (sum! * sum!) / blocks!) / (blocks! - 1);
  const tau = Math.sqrt(Math.max(0, between - mcVar! / blocks!));
  if (tau === 0) return mc;
  const z = 1.96 * tau;
  const v = mc.value;
  return {
    value: v,
    low: Math.max(0, v - Math.hypot(v - mc.low, z)),
    high: Math.min(1, v + Math.hypot(mc.high - v, z)),
  };
}
