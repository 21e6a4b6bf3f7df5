/** A simulation worker: holds the compiled scenarios, runs the blocks it is sent, returns their aggregates. */
import { parentPort, workerData } from 'node:worker_threads';
import { type Aggregate, runBlock, type SimScenario } from '@casus/core';

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

const buffersOf = (a: Aggregate): ArrayBuffer[] =>
  [a.enter, a.enterAttacker, a.entangled, a.belligerentHist, a.ratioHist].map(
    (x) => x.buffer as ArrayBuffer,
  );

parentPort?.on('message', (task: BlockTask) => {
  const aggregate = runBlock(sims[task.job]!, task.seed, task.block, task.trials);
  const result: BlockResult = { ...task, aggregate };
  parentPort?.postMessage(result, buffersOf(aggregate));
});
