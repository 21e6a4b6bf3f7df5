/**
 * Paired trials: one scenario under several architectures on the same random numbers, trial by
 * trial (common random numbers), and the cross sums with the baseline's trials that the variance
 * of a paired difference needs.
 */
import { type Tally, TRIAL_MEASURES } from './collector.ts';
import type { CompiledCascade } from './compiled-cascade.ts';
import type { TrialState } from './trial.ts';

const MEASURES = TRIAL_MEASURES.length;
const DEFINED = TRIAL_MEASURES.indexOf('ratioDefined');
const ABOVE1 = TRIAL_MEASURES.indexOf('ratioAbove1');
const RATIO = TRIAL_MEASURES.indexOf('ratio');

/**
 * One architecture's part in a paired block: the state index of each reported member in its
 * cascade (−1 where absent), and, but for the baseline, the baseline's trial vectors to pair with.
 */
export interface Pairing {
  members: Int32Array;
  /** Per trial of the block: the baseline's measures and members' P(entangled) indicators, `pairWidth` each. */
  baseline: Float64Array;
  /** Writes the trial vectors into `baseline` (true for the baseline) or pairs with them. */
  isBaseline: boolean;
}

/** Values per trial vector: the collector's trial measures, then one entanglement indicator per member. */
export const pairWidth = (members: number): number => MEASURES + members;

/**
 * Length of a paired job's cross sums: Σ u·u₀ per slot of the trial vector (u₀ the baseline's),
 * then Σ above1·defined₀, Σ defined·above1₀, Σ ratio·defined₀, Σ defined·ratio₀ for the two
 * measures whose denominator is the trials with a defined ratio.
 */
export const crossLength = (members: number): number => pairWidth(members) + 4;

/** 1 if the state at index `i` (−1: absent) is at war without having been hit in round 0. */
const entangledAt = (i: number, c: CompiledCascade, t: TrialState): number =>
  i >= 0 && t.side[i]! >= 0 && c.initialSide[i]! < 0 ? 1 : 0;

/**
 * Records trial `i` of a paired block, after `recordTrial`: the baseline keeps its trial vector,
 * another architecture adds the products of its own with the baseline's into its cross sums.
 */
export function pairTrial(
  tally: Tally,
  c: CompiledCascade,
  t: TrialState,
  p: Pairing,
  i: number,
): void {
  const { members, baseline: b } = p;
  const last = tally.last;
  const width = MEASURES + members.length;
  const at = i * width;
  if (p.isBaseline) {
    for (let k = 0; k < MEASURES; k++) b[at + k] = last[k]!;
    for (let m = 0; m < members.length; m++) b[at + MEASURES + m] = entangledAt(members[m]!, c, t);
    return;
  }
  const cross = tally.aggregate.paired!;
  for (let k = 0; k < MEASURES; k++) cross[k]! += last[k]! * b[at + k]!;
  for (let m = 0; m < members.length; m++)
    if (entangledAt(members[m]!, c, t) === 1) cross[MEASURES + m]! += b[at + MEASURES + m]!;
  cross[width]! += last[ABOVE1]! * b[at + DEFINED]!;
  cross[width + 1]! += last[DEFINED]! * b[at + ABOVE1]!;
  cross[width + 2]! += last[RATIO]! * b[at + DEFINED]!;
  cross[width + 3]! += last[DEFINED]! * b[at + RATIO]!;
}
