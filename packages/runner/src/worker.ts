/** A simulation worker: holds the compiled scenarios, runs the blocks it is sent, returns their aggregates. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Aggregate, SimScenario } from '@casus/core';
import { runBlock } from '@casus/core/monte-carlo';

export interface BlockTask {
  job: number;
  block: number;
  trials: number;
  seed: number;
}

export interface BlockResult extends BlockTask {
  aggregate: Aggregate;
}

const sims = (workerData as { sims: SimScenario[] }).sims;

// The aggregate is copied, not transferred: transferring detaches its buffers, and one detached
// buffer makes V8 check every typed-array access in the thread for detachment from then on.
parentPort?.on('message', (task: BlockTask) => {
  const aggregate = runBlock(sims[task.job]!, task.seed, task.block, task.trials);
  parentPort?.postMessage({ ...task, aggregate } satisfies BlockResult);
});
