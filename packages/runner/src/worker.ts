/** A simulation worker: holds the compiled scenarios, runs the blocks it is sent, returns their aggregates. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Aggregate, SimScenario } from '@casus/core';
import { runBlock, runPairedBlock } from '@casus/core/monte-carlo';

/** Block `block` of every sim of group `group` (one sim, or one scenario under several architectures). */
export interface BlockTask {
  group: number;
  block: number;
  trials: number;
  seed: number;
}

export interface BlockResult extends BlockTask {
  /** One per sim of the group, in the group's order. */
  aggregates: Aggregate[];
}

/** What the pool gives each worker: the sims, how they group (baseline first), and each sim's member indices. */
export interface WorkerData {
  sims: SimScenario[];
  groups: number[][];
  members: Int32Array[];
}

const { sims, groups, members } = workerData as WorkerData;

// The aggregates are copied, not transferred: transferring detaches their buffers, and one
// detached buffer makes V8 check every typed-array access in the thread for detachment from then on.
parentPort?.on('message', (task: BlockTask) => {
  const jobs = groups[task.group]!;
  const aggregates =
    jobs.length === 1
      ? [runBlock(sims[jobs[0]!]!, task.seed, task.block, task.trials)]
      : runPairedBlock(
          jobs.map((j) => sims[j]!),
          jobs.map((j) => members[j]!),
          task.seed,
          task.block,
          task.trials,
        );
  parentPort?.postMessage({ ...task, aggregates } satisfies BlockResult);
});
