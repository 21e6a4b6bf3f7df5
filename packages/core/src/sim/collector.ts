/**
 * The measures recorded per trial, accumulated as counts, sums and fixed-bin histograms, so that
 * trial blocks add up exactly and nothing is kept per trial.
 */
import type { StateId } from '../model/ids.ts';
import type { CompiledCascade } from './compiled-cascade.ts';
import { type LogBins, logBin, RATIO_BINS } from './intervals.ts';
import type { TrialState } from './trial.ts';

/** What the collector needs beside the cascade: capability at the place, who is a major power, who is nuclear-armed. */
export interface MeasureInputs {
  /** Each state's capability at the place, adjusted for distance (by state index of the cascade). */
  capability: Float64Array;
  /** 1 for COW major powers on the date (by state index). */
  major: Uint8Array;
  /** 1 for nuclear-armed states on the date (by state index; sim/nuclear-states.ts). */
  nuclear: Uint8Array;
}

/** Streamed sums for one scenario; every field adds across blocks. */
export interface Aggregate {
  trials: number;
  /** Per state index: trials in which the state entered, entered on the attacker side, entered without being hit in round 0. */
  enter: Float64Array;
  enterAttacker: Float64Array;
  entangled: Float64Array;
  belligerentSum: number;
  belligerentSumSq: number;
  /** Σ and Σ² of the number of states entangled (at war without being hit in round 0). */
  entangledSum: number;
  entangledSumSq: number;
  /** Histogram of the number of belligerents, 0..n. */
  belligerentHist: Float64Array;
  /** Trials in which the war came to involve two or more major powers, at least one of them by joining. */
  widened: number;
  /** Trials with major powers on both sides. */
  majorsOpposed: number;
  /** Trials with nuclear-armed states at war on both sides. */
  nuclearOpposed: number;
  /** Trials in which the ratio was defined (the challenger side had capability). */
  ratioTrials: number;
  ratioSum: number;
  ratioSumSq: number;
  /** Trials in which the defending side's capability at the place exceeded the challenger side's. */
  ratioAbove1: number;
  ratioHist: Float64Array;
  /** With a paired run (sim/paired-trials.ts): this architecture's cross sums with the baseline's trials. */
  paired?: Float64Array | undefined;
  /** With parameter draws: each block's own aggregate, in block order (sim/model-interval.ts), for the model interval. */
  blocks?: Aggregate[] | undefined;
}

export const ratioBins: LogBins = RATIO_BINS;

const TOTALS = [
  'trials',
  'belligerentSum',
  'belligerentSumSq',
  'entangledSum',
  'entangledSumSq',
  'widened',
  'majorsOpposed',
  'nuclearOpposed',
  'ratioTrials',
  'ratioSum',
  'ratioSumSq',
  'ratioAbove1',
] as const;

/** An aggregate's counts and sums, without the per-state arrays. */
export type Totals = Pick<Aggregate, (typeof TOTALS)[number]>;

/**
 * Adds `b`'s counts and sums into `a` (in place) and returns `a`.
 * @example addTotals(blockA, blockB).trials
 */
export function addTotals<T extends Totals>(a: T, b: Totals): T {
  for (const k of TOTALS) a[k] += b[k];
  return a;
}

export function emptyAggregate(states: number): Aggregate {
  return {
    trials: 0,
    enter: new Float64Array(states),
    enterAttacker: new Float64Array(states),
    entangled: new Float64Array(states),
    belligerentSum: 0,
    belligerentSumSq: 0,
    entangledSum: 0,
    entangledSumSq: 0,
    belligerentHist: new Float64Array(states + 1),
    widened: 0,
    majorsOpposed: 0,
    nuclearOpposed: 0,
    ratioTrials: 0,
    ratioSum: 0,
    ratioSumSq: 0,
    ratioAbove1: 0,
    ratioHist: new Float64Array(ratioBins.count + 2),
    // Present from the start, so paired and unpaired aggregates share one shape in the trial loop.
    paired: undefined,
    blocks: undefined,
  };
}

/**
 * One block's measures while its trials run. What the collector reads and counts per state sits
 * side by side, four numbers a state, for the reason the trial packs its rows (sim/trial.ts);
 * `tallied` lays the counts out as an Aggregate when the block ends.
 */
export interface Tally {
  /** The block's counts and sums; its per-state arrays are filled by `tallied`. */
  aggregate: Aggregate;
  /** Per state: capability at the place, 1 if not at war in round 0, 1 if a major power, 1 if nuclear-armed. */
  inputs: Float64Array;
  /** Per state: trials entered, entered on the attacker side, entered without being hit in round 0, 0. */
  counts: Float64Array;
  /**
   * The histogram bin of recent ratios, in slots picked by a hash of who was at war on which
   * side: the same coalitions recur trial after trial, and a slot holding the same ratio skips the
   * logarithm. A slot is trusted only if its ratio is the one at hand, so the bin is always exact.
   */
  memoRatio: Float64Array;
  memoBin: Int32Array;
  /** The last recorded trial's measures (`TRIAL_MEASURES`), for a paired run (sim/paired-trials.ts). */
  last: Float64Array;
}

const MEMO_SLOTS = 256;

/**
 * An empty tally for one block of a scenario's trials.
 * @example const tally = createTally(cascade, scenario); recordTrial(tally, t); tallied(tally).trials // 1
 */
export function createTally(c: CompiledCascade, m: MeasureInputs): Tally {
  const n = c.states.length;
  const inputs = new Float64Array(4 * n);
  for (let i = 0; i < n; i++)
    inputs.set(
      [m.capability[i]!, c.initialSide[i]! < 0 ? 1 : 0, m.major[i]!, m.nuclear[i]!],
      4 * i,
    );
  return {
    aggregate: emptyAggregate(n),
    inputs,
    counts: new Float64Array(4 * n),
    memoRatio: new Float64Array(MEMO_SLOTS).fill(Number.NaN),
    memoBin: new Int32Array(MEMO_SLOTS),
    last: new Float64Array(TRIAL_MEASURES.length),
  };
}

/** The tally's aggregate, with its per-state counts written in. */
export function tallied(tally: Tally): Aggregate {
  const { aggregate: a, counts } = tally;
  for (let i = 0; i < a.enter.length; i++) {
    a.enter[i] = counts[4 * i]!;
    a.enterAttacker[i] = counts[4 * i + 1]!;
    a.entangled[i] = counts[4 * i + 2]!;
  }
  return a;
}

/** What `Tally.last` holds, by slot: the last recorded trial's measures. */
export const TRIAL_MEASURES = [
  'belligerents',
  'entangled',
  'widened',
  'ratioDefined',
  'ratioAbove1',
  'ratio',
  'nuclearOpposed',
] as const;

/** Records one finished trial. */
export function recordTrial(tally: Tally, t: TrialState): void {
  const { side, entered } = t;
  const { aggregate: a, inputs, counts } = tally;
  const count = t.enteredCount;
  let entangled = 0;
  let majors = 0;
  let majorJoined = 0;
  let majorSides = 0;
  let nuclearSides = 0;
  let attackerCap = 0;
  let defenderCap = 0;
  let coalition = 0;
  // Ascending state order, so the capability sums add in the same order in every trial.
  for (let k = 0; k < count; k++) {
    const i = entered[k]!;
    const s = side[i]!;
    coalition = (Math.imul(coalition, 31) + 2 * i + s) | 0;
    const row = i << 2;
    counts[row]!++;
    if (s === 0) {
      counts[row + 1]!++;
      attackerCap += inputs[row]!;
    } else defenderCap += inputs[row]!;
    const joined = inputs[row + 1] === 1;
    if (joined) {
      counts[row + 2]!++;
      entangled++;
    }
    if (inputs[row + 2] === 1) {
      majors++;
      if (joined) majorJoined = 1;
      majorSides |= 1 << s;
    }
    if (inputs[row + 3] === 1) nuclearSides |= 1 << s;
  }
  a.trials++;
  a.belligerentSum += count;
  a.belligerentSumSq += count * count;
  a.entangledSum += entangled;
  a.entangledSumSq += entangled * entangled;
  a.belligerentHist[count]!++;
  const widened = majors >= 2 && majorJoined === 1 ? 1 : 0;
  a.widened += widened;
  if (majorSides === 3) a.majorsOpposed++;
  const nuclear = nuclearSides === 3 ? 1 : 0;
  a.nuclearOpposed += nuclear;
  const last = tally.last;
  last[0] = count;
  last[1] = entangled;
  last[2] = widened;
  last[3] = 0;
  last[4] = 0;
  last[5] = 0;
  last[6] = nuclear;
  if (attackerCap > 0) {
    const ratio = defenderCap / attackerCap;
    a.ratioTrials++;
    a.ratioSum += ratio;
    a.ratioSumSq += ratio * ratio;
    if (ratio > 1) a.ratioAbove1++;
    const slot = coalition & (MEMO_SLOTS - 1);
    if (tally.memoRatio[slot] !== ratio) {
      tally.memoRatio[slot] = ratio;
      tally.memoBin[slot] = logBin(ratioBins, ratio);
    }
    a.ratioHist[tally.memoBin[slot]!]!++;
    last[3] = 1;
    last[4] = ratio > 1 ? 1 : 0;
    last[5] = ratio;
  }
}

const addInto = (to: Float64Array, from: Float64Array) => {
  for (let i = 0; i < to.length; i++) to[i]! += from[i]!;
};

/**
 * Adds `b` into `a` (in place) and returns `a`. Merge blocks in block order: floating sums then
 * come out bit-identical whatever the number of workers.
 * @example blocks.reduce(mergeAggregates, emptyAggregate(n))
 */
export function mergeAggregates(a: Aggregate, b: Aggregate): Aggregate {
  addTotals(a, b);
  addInto(a.enter, b.enter);
  addInto(a.enterAttacker, b.enterAttacker);
  addInto(a.entangled, b.entangled);
  addInto(a.belligerentHist, b.belligerentHist);
  addInto(a.ratioHist, b.ratioHist);
  if (b.paired) {
    a.paired ??= new Float64Array(b.paired.length);
    addInto(a.paired, b.paired);
  }
  if (b.blocks) {
    a.blocks ??= [];
    a.blocks.push(...b.blocks);
  }
  return a;
}

/** The states an aggregate's arrays are indexed by. */
export type StateIndex = readonly StateId[];
