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

let vector = new Float64Array(64);

/** Writes the trial's vector (read after `recordTrial`) into `out` at `at`. */
function writeVector(
  out: Float64Array,
  at: number,
  last: Float64Array,
  c: CompiledCascade,
  t: TrialState,
  p: Pairing,
) {
  for (let k = 0; k < MEASURES; k++) out[at + k] = last[k]!;
  const { members } = p;
  for (let m = 0; m < members.length; m++) {
    const i = members[m]!;
    out[at + MEASURES + m] = i >= 0 && t.side[i]! >= 0 && c.initialSide[i]! < 0 ? 1 : 0;
  }
}

/** Records trial `i` of a paired block: the baseline keeps its vector, another pairs with it. */
export function pairTrial(
  tally: Tally,
  c: CompiledCascade,
  t: TrialState,
  p: Pairing,
  i: number,
): void {
  const width = pairWidth(p.members.length);
  if (p.isBaseline) {
    writeVector(p.baseline, i * width, tally.last, c, t, p);
    return;
  }
  if (vector.length < width) vector = new Float64Array(width);
  const u = vector;
  writeVector(u, 0, tally.last, c, t, p);
  const b = p.baseline;
  const at = i * width;
  const cross = tally.aggregate.paired!;
  for (let k = 0; k < width; k++) cross[k]! += u[k]! * b[at + k]!;
  cross[width]! += u[ABOVE1]! * b[at + DEFINED]!;
  cross[width + 1]! += u[DEFINED]! * b[at + ABOVE1]!;
  cross[width + 2]! += u[RATIO]! * b[at + DEFINED]!;
  cross[width + 3]! += u[DEFINED]! * b[at + RATIO]!;
}
