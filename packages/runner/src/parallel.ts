/**
 * Runs trial blocks on worker threads and merges each scenario's block aggregates in block order,
 * so the merged result is identical for any number of workers; optionally stops early once every
 * probability the answer reports has a 95% interval narrow enough (stopping-rule.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  type Aggregate,
  blockCount,
  emptyAggregate,
  mergeAggregates,
  type SimScenario,
  trialsInBlock,
} from '@casus/core';
import { type WidestInterval, widestInScenarios } from './stopping-rule.ts';
import type { BlockResult, BlockTask, WorkerData } from './worker.ts';
import { workerScript } from './worker-script.ts';

export interface ParallelOptions {
  seed: number;
  /** Trials per scenario (the maximum, with a stopping rule). */
  trials: number;
  workers?: number | undefined;
  /** Stop once `widest` of the totals is at most this wide (checked every ROUND_BLOCKS blocks). */
  ciWidth?: number | undefined;
  /** The widest interval among the probabilities the answer reports (default: every scenario's, `widestInScenarios`). */
  widest?: WidestInterval | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Called about every 50 ms while running, e.g. to sample memory. */
  onTick?: (() => void) | undefined;
  /** Aborting terminates the workers at once and rejects `simulate` with the signal's reason (an AbortError). */
  signal?: AbortSignal | undefined;
  /**
   * Sims to run paired (one scenario under several architectures, the baseline first), trial by
   * trial on the same random numbers; each non-baseline aggregate then carries its cross sums
   * with the baseline's trials (core's paired-trials.ts). `members[j]` gives sim j's state index
   * of each reported member (−1 where absent). Sims in no group run alone.
   */
  pairs?: { groups: readonly (readonly number[])[]; members: readonly Int32Array[] } | undefined;
}

/** Blocks per scenario in one round of the stopping rule; fixed so the stop point does not depend on workers. */
export const ROUND_BLOCKS = 8;

export const defaultWorkers = (): number => availableParallelism();

/** In-order merging of one scenario's blocks as they arrive; nothing per trial is kept. */
class OrderedMerge {
  total: Aggregate;
  next = 0;
  private waiting = new Map<number, Aggregate>();
  constructor(states: number) {
    this.total = emptyAggregate(states);
  }
  add(block: number, a: Aggregate) {
    this.waiting.set(block, a);
    for (let w = this.waiting.get(this.next); w; w = this.waiting.get(this.next)) {
      mergeAggregates(this.total, w);
      this.waiting.delete(this.next++);
    }
  }
}

function startWorkers(n: number, script: string, workerData: WorkerData): Worker[] {
  return Array.from({ length: n }, () => new Worker(script, { eval: true, workerData }));
}

/** Every sim in exactly one group: the groups given, then each other sim alone. */
function groupsOf(sims: SimScenario[], pairs: ParallelOptions['pairs']): WorkerData {
  const groups = (pairs?.groups ?? []).map((g) => [...g]);
  const grouped = new Set(groups.flat());
  if (grouped.size !== groups.flat().length) throw new Error('a sim is in two paired groups');
  sims.forEach((_, j) => {
    if (!grouped.has(j)) groups.push([j]);
  });
  const members = sims.map((_, j) => pairs?.members[j] ?? new Int32Array(0));
  return { sims, groups, members };
}

/** Runs the tasks on the pool, at most two in flight per worker; an abort rejects at once. */
function runTasks(
  pool: Worker[],
  tasks: BlockTask[],
  onResult: (r: BlockResult) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  let stop: () => void = () => undefined;
  return new Promise<void>((resolve, reject) => {
    let sent = 0;
    let received = 0;
    if (signal?.aborted) return reject(signal.reason);
    stop = () => reject(signal?.reason);
    signal?.addEventListener('abort', stop, { once: true });
    if (tasks.length === 0) return resolve();
    const send = (w: Worker) => {
      if (sent < tasks.length) w.postMessage(tasks[sent++]);
    };
    for (const w of pool) {
      w.removeAllListeners('message').removeAllListeners('error');
      w.on('message', (r: BlockResult) => {
        if (signal?.aborted) return;
        onResult(r);
        if (++received === tasks.length) resolve();
        else send(w);
      });
      w.on('error', reject);
      send(w);
      send(w);
    }
  }).finally(() => signal?.removeEventListener('abort', stop));
}

/**
 * Simulates every scenario for `trials` trials (or until the interval rule stops it). On abort
 * the workers are terminated and the promise rejects with the signal's reason (an AbortError).
 * @example await simulate([prepared.sim], {seed: 1, trials: 100_000, workers: 2, signal})
 */
export async function simulate(
  sims: SimScenario[],
  options: ParallelOptions,
): Promise<Aggregate[]> {
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkers(), 64));
  const merges = sims.map((s) => new OrderedMerge(s.cascade.states.length));
  const maxBlocks = blockCount(options.trials);
  const total = maxBlocks * sims.length;
  let done = 0;
  const script = await workerScript();
  options.signal?.throwIfAborted();
  const data = groupsOf(sims, options.pairs);
  const pool = startWorkers(workers, script, data);
  const ticker = options.onTick ? setInterval(options.onTick, 50) : undefined;
  try {
    const step = options.ciWidth === undefined ? maxBlocks : ROUND_BLOCKS;
    for (let from = 0; from < maxBlocks; from += step) {
      const to = Math.min(maxBlocks, from + step);
      const tasks: BlockTask[] = [];
      for (let b = from; b < to; b++)
        for (let group = 0; group < data.groups.length; group++)
          tasks.push({
            group,
            block: b,
            trials: trialsInBlock(options.trials, b),
            seed: options.seed,
          });
      await runTasks(
        pool,
        tasks,
        (r) => {
          const jobs = data.groups[r.group]!;
          for (const [k, job] of jobs.entries()) merges[job]!.add(r.block, r.aggregates[k]!);
          done += jobs.length;
          options.onProgress?.(done, total);
        },
        options.signal,
      );
      const widest = options.widest ?? widestInScenarios;
      if (options.ciWidth !== undefined && widest(merges.map((m) => m.total)) <= options.ciWidth)
        break;
    }
  } finally {
    if (ticker) clearInterval(ticker);
    await Promise.all(pool.map((w) => w.terminate()));
  }
  options.onProgress?.(total, total);
  return merges.map((m) => m.total);
}
