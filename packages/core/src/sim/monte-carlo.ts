/**
 * Monte Carlo over a compiled scenario: trials in fixed-size blocks, block b seeded by
 * forkStream(seed, b), so any split of blocks among workers gives identical merged output.
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
import { forkStream } from './rng.ts';
import { createTrialState, runTrial } from './trial.ts';

/** Trials per block. Fixed: changing it changes every seeded answer. */
export const BLOCK_SIZE = 4096;

/** A scenario ready to simulate: the compiled cascade and the per-state measure inputs. */
export interface SimScenario extends MeasureInputs {
  cascade: CompiledCascade;
}

/** How many blocks `trials` needs, and how many trials block b holds. */
export const blockCount = (trials: number): number => Math.ceil(trials / BLOCK_SIZE);
export const trialsInBlock = (trials: number, block: number): number =>
  Math.max(0, Math.min(BLOCK_SIZE, trials - block * BLOCK_SIZE));

/**
 * Runs one block of trials and returns its aggregate.
 * @example runBlock(scenario, 1, 0, 4096).trials // 4096
 */
export function runBlock(s: SimScenario, seed: number, block: number, trials: number): Aggregate {
  const c = s.cascade;
  const rng = forkStream(seed, block);
  const t = createTrialState(c);
  const tally = createTally(c, s);
  for (let i = 0; i < trials; i++) {
    runTrial(c, rng, t);
    recordTrial(tally, t);
  }
  return tallied(tally);
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
