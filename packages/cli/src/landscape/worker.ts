/** A landscape worker: holds one landscape and searches the ranges of outer masks it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { type Landscape, searchLandscape } from '@casus/core/landscape';

/** Outer masks [from, to) of searchShape(n).outerMasks. */
export interface RangeTask {
  from: number;
  to: number;
}

export interface LandscapeWorkerData {
  landscape: Landscape;
  keep: number;
}

const { landscape, keep } = workerData as LandscapeWorkerData;

parentPort?.on('message', (task: RangeTask) => {
  parentPort!.postMessage({ task, result: searchLandscape(landscape, task.from, task.to, keep) });
});
