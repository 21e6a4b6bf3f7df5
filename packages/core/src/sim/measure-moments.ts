/** Reads a measure's per-stratum sums (ratio-variance.ts) from an aggregate, and a paired architecture's from its cross sums. */
import { type Aggregate, TRIAL_MEASURES } from './collector.ts';
import { pairWidth } from './paired-trials.ts';
import type { PairMoments, RatioMoments } from './ratio-variance.ts';

/** The measures a comparison reports per scenario and over the battery. */
export type ComparedMeasure =
  | 'deterrence'
  | 'deterred'
  | 'entangled'
  | 'widened'
  | 'nuclearOpposed'
  | 'belligerents';

/** A measure per trial: x = 1 (a mean, or a proportion of trials). */
const perTrial = (n: number, y: number, yy: number): RatioMoments => ({
  n,
  y,
  x: n,
  yy,
  xx: n,
  xy: y,
});

/** Over the trials whose deterrence ratio is defined (x = 1 there). */
const perDefined = (a: Aggregate, y: number, yy: number): RatioMoments => ({
  n: a.trials,
  y,
  x: a.ratioTrials,
  yy,
  xx: a.ratioTrials,
  xy: y,
});

/**
 * One aggregate's sums for a measure.
 * @example measureMoments(aggregate, 'widened').y === aggregate.widened
 */
export function measureMoments(a: Aggregate, m: ComparedMeasure): RatioMoments {
  switch (m) {
    case 'deterrence':
      return perDefined(a, a.ratioSum, a.ratioSumSq);
    case 'deterred':
      return perDefined(a, a.ratioAbove1, a.ratioAbove1);
    case 'entangled':
      return perTrial(a.trials, a.entangledSum, a.entangledSumSq);
    case 'widened':
      return perTrial(a.trials, a.widened, a.widened);
    case 'nuclearOpposed':
      return perTrial(a.trials, a.nuclearOpposed, a.nuclearOpposed);
    case 'belligerents':
      return perTrial(a.trials, a.belligerentSum, a.belligerentSumSq);
  }
}

/** P(entangled) of the state at `index` (−1: not in this cascade, never entangled). */
export function memberMoments(a: Aggregate, index: number): RatioMoments {
  const k = index >= 0 ? a.entangled[index]! : 0;
  return perTrial(a.trials, k, k);
}

/** Slot of each measure's y in a trial vector. */
const SLOT: Record<ComparedMeasure, number> = {
  belligerents: TRIAL_MEASURES.indexOf('belligerents'),
  entangled: TRIAL_MEASURES.indexOf('entangled'),
  widened: TRIAL_MEASURES.indexOf('widened'),
  nuclearOpposed: TRIAL_MEASURES.indexOf('nuclearOpposed'),
  deterred: TRIAL_MEASURES.indexOf('ratioAbove1'),
  deterrence: TRIAL_MEASURES.indexOf('ratio'),
};
const DEFINED = TRIAL_MEASURES.indexOf('ratioDefined');

/**
 * The sums of a paired run: `a` (which carries `paired`, its cross sums with the baseline) against
 * the baseline `b`, for a measure or (`member`: its position in the run's member list, and its
 * state index in each cascade) for one member's P(entangled).
 * @example pairedDifference([pairMoments(nato, statusQuo, 'deterred', members)])
 */
export function pairMoments(
  a: Aggregate,
  b: Aggregate,
  m: ComparedMeasure | { member: number; indexA: number; indexB: number },
  members: number,
): PairMoments {
  const cross = a.paired;
  if (!cross || a.trials !== b.trials) throw new Error('pairMoments needs a paired run');
  if (typeof m === 'object') {
    const ma = memberMoments(a, m.indexA);
    const mb = memberMoments(b, m.indexB);
    const both = cross[pairWidth(0) + m.member]!;
    return { a: ma, b: mb, yaYb: both, yaXb: ma.y, xaYb: mb.y, xaXb: a.trials };
  }
  const ma = measureMoments(a, m);
  const mb = measureMoments(b, m);
  const yaYb = cross[SLOT[m]]!;
  if (m !== 'deterred' && m !== 'deterrence')
    return { a: ma, b: mb, yaYb, yaXb: ma.y, xaYb: mb.y, xaXb: a.trials };
  const extra = pairWidth(members) + (m === 'deterred' ? 0 : 2);
  return {
    a: ma,
    b: mb,
    yaYb,
    yaXb: cross[extra]!,
    xaYb: cross[extra + 1]!,
    xaXb: cross[DEFINED]!,
  };
}
