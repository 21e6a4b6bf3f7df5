/**
 * The model interval. With parameter draws every block of trials runs under its own draw of the
 * coefficients, so the block estimates of a measure spread by Monte Carlo noise and by what the
 * coefficients' uncertainty does to the answer. Each block keeps a copy of its own aggregate;
 * any measure (a state's P(enter), a battery total, a paired difference) is then read block by
 * block as it is read from the whole run, and the law of total variance splits the spread
 * (docs/simulation.md, "Parameter uncertainty").
 */
import type { Aggregate } from './collector.ts';
import { type Estimate, Z95 } from './intervals.ts';

/** A copy of a block's aggregate, without blocks of its own: the whole run's merge adds into the original. */
const copyOf = (a: Aggregate): Aggregate => ({
  ...a,
  enter: a.enter.slice(),
  enterAttacker: a.enterAttacker.slice(),
  entangled: a.entangled.slice(),
  belligerentHist: a.belligerentHist.slice(),
  ratioHist: a.ratioHist.slice(),
  paired: a.paired?.slice(),
  blocks: undefined,
});

/**
 * Keeps one block's own aggregate in `blocks`, which merging appends in block order.
 * @example keepBlock(runBlockAggregate).blocks?.length // 1
 */
export function keepBlock(a: Aggregate): Aggregate {
  a.blocks = [copyOf(a)];
  return a;
}

/** Where a measure can lie: a probability in [0, 1], a count or ratio at or above 0, a difference anywhere. */
export type Bounds = readonly [number, number];
export const PROBABILITY: Bounds = [0, 1];
export const NON_NEGATIVE: Bounds = [0, Number.POSITIVE_INFINITY];
export const ANY: Bounds = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];

/** A block estimate's Monte Carlo variance, read back from its 95% interval. */
const noiseOf = (e: Estimate): number => ((e.high - e.low) / (2 * Z95)) ** 2;

/**
 * The 95% model interval of a measure whose whole-run estimate is `whole` and whose estimates
 * block by block are `blocks`: τ² = max(0, s²_between − mean Monte Carlo variance) is the
 * variance of the block estimate across coefficient draws; 1.96τ is added to each side of the
 * Monte Carlo interval in quadrature, so with no parameter variance the two are the same, and
 * the result is kept within `bounds`. Fewer than two blocks with an estimate give `whole`.
 * @example modelInterval(s.enter, a.blocks.map((b) => wilson(b.enter[i], b.trials)), PROBABILITY)
 */
export function modelInterval(
  whole: Estimate,
  blocks: readonly Estimate[],
  bounds: Bounds,
): Estimate {
  const known = blocks.filter((e) => Number.isFinite(e.value));
  const n = known.length;
  if (n < 2 || !Number.isFinite(whole.value)) return whole;
  const mean = known.reduce((s, e) => s + e.value, 0) / n;
  const between = known.reduce((s, e) => s + (e.value - mean) ** 2, 0) / (n - 1);
  const noise = known.reduce((s, e) => s + noiseOf(e), 0) / n;
  const tau = Math.sqrt(Math.max(0, between - noise));
  if (tau === 0) return whole;
  const z = Z95 * tau;
  const v = whole.value;
  return {
    value: v,
    low: Math.max(bounds[0], v - Math.hypot(v - whole.low, z)),
    high: Math.min(bounds[1], v + Math.hypot(whole.high - v, z)),
  };
}

/**
 * The model interval of each field of a row of estimates (`bounds` per field), from the row
 * read from the whole run and the same row read from each block.
 * @example modelRow(batteryMeasures(runs), blocks.map(batteryMeasures), {widened: PROBABILITY, …})
 */
export function modelRow<K extends string>(
  whole: Record<K, Estimate>,
  blocks: readonly Record<K, Estimate>[],
  bounds: Record<K, Bounds>,
): Record<K, Estimate> {
  const out = {} as Record<K, Estimate>;
  for (const k of Object.keys(bounds) as K[])
    out[k] = modelInterval(
      whole[k],
      blocks.map((b) => b[k]),
      bounds[k],
    );
  return out;
}
