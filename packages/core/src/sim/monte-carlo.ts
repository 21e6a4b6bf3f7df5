/**
 * Monte Carlo over a compiled scenario: trials in fixed-size blocks, each trial on its own stream
 * of (seed, scenario, trial), so any split of blocks among workers gives identical merged output
 * and the same scenario under two architectures draws the same numbers trial by trial.
 */

import {
  type Aggregate,
  createTally,
  emptyAggregate,
  type MeasureInputs,
  mergeAggregates,
  recordTrial,
  tallied,
} from './collector.ts';
import type { CompiledCascade } from './compiled-cascade.ts';
import { keepBlock } from './model-interval.ts';
import { crossLength, type Pairing, pairTrial, pairWidth } from './paired-trials.ts';
import { blockEdgeP, type ParameterDraws } from './parameter-draws.ts';
import { createRng, seedTrial, trialStreams } from './rng.ts';
import { createTrialState, runTrial } from './trial.ts';

/** Trials per block. Fixed: changing it changes every seeded answer. */
export const BLOCK_SIZE = 4096;

/** A scenario ready to simulate: the compiled cascade and the per-state measure inputs. */
export interface SimScenario extends MeasureInputs {
  cascade: CompiledCascade;
  /** The scenario's stream key, `streamKey(scenario.id)`: architectures of one scenario share it on purpose. */
  stream: number;
  /** Under a fitted model with parameter draws: each block's coefficients are drawn (sim/parameter-draws.ts). */
  draws?: ParameterDraws | undefined;
}

/** How many blocks `trials` needs, and how many trials block b holds. */
export const blockCount = (trials: number): number => Math.ceil(trials / BLOCK_SIZE);
export const trialsInBlock = (trials: number, block: number): number =>
  Math.max(0, Math.min(BLOCK_SIZE, trials - block * BLOCK_SIZE));

/**
 * Runs one block of trials and returns its aggregate (with `pairing`, also pairs each trial with
 * the baseline's, paired-trials.ts).
 * @example runBlock(scenario, 1, 0, 4096).trials // 4096
 */
export function runBlock(
  s: SimScenario,
  seed: number,
  block: number,
  trials: number,
  pairing?: Pairing,
): Aggregate {
  const c = s.draws
    ? { ...s.cascade, edgeP: blockEdgeP(s.draws, s.cascade.edgeP, seed, block) }
    : s.cascade;
  const rng = createRng(0);
  const base = trialStreams(seed, s.stream);
  const first = block * BLOCK_SIZE;
  const t = createTrialState(c);
  const tally = createTally(c, s);
  if (pairing && !pairing.isBaseline)
    tally.aggregate.paired = new Float64Array(crossLength(pairing.members.length));
  for (let i = 0; i < trials; i++) {
    seedTrial(rng, base, first + i);
    runTrial(c, rng, t);
    recordTrial(tally, t);
    if (pairing) pairTrial(tally, c, t, pairing, i);
  }
  const a = tallied(tally);
  return s.draws ? keepBlock(a) : a;
}

/**
 * One block of one scenario under several architectures, the baseline first, on the same trial
 * streams: each aggregate but the baseline's carries its cross sums with the baseline's trials.
 * `members[j]` gives, for sims[j], the state index of each reported member (−1 where absent).
 * @example runPairedBlock([statusQuo, asianNato], [members0, members1], 7, 0, 4096)[1].paired
 */
export function runPairedBlock(
  sims: readonly SimScenario[],
  members: readonly Int32Array[],
  seed: number,
  block: number,
  trials: number,
): Aggregate[] {
  if (sims.some((s) => s.stream !== sims[0]!.stream))
    throw new Error('paired sims must be one scenario: their stream keys differ');
  const baseline = new Float64Array(pairWidth(members[0]!.length) * trials);
  return sims.map((s, j) =>
    runBlock(s, seed, block, trials, { members: members[j]!, baseline, isBaseline: j === 0 }),
  );
}

export interface RunOptions {
  trials: number;
  seed: number;
  /** Blocks [from, to) of the full run; the default is all of them. */
  blockRange?: readonly [number, number];
}

/**
 * Runs trials in this thread, block by block, merging in block order.
 * @example runTrials(scenario, {trials: 10_000, seed: 1}).enter
 */
export function runTrials(s: SimScenario, options: RunOptions): Aggregate {
  const [from, to] = options.blockRange ?? [0, blockCount(options.trials)];
  const total = emptyAggregate(s.cascade.states.length);
  for (let b = from; b < to; b++)
    mergeAggregates(total, runBlock(s, options.seed, b, trialsInBlock(options.trials, b)));
  return total;
}

export { mergeAggregates };
