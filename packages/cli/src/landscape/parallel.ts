/**
 * The exact landscape search across worker threads: the outer masks split into ranges, each
 * searched whole, the results merged by core's mergeSearches (order-free), so the answer is the
 * same on any number of workers. Core stays single-threaded and browser-safe; the threads live here.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  type Landscape,
  mergeSearches,
  type SearchResult,
  searchLandscape,
  searchShape,
} from '@casus/core';
import { bundledWorker } from '@casus/runner';
import type { LandscapeWorkerData, RangeTask } from './worker.ts';

export interface SearchOptions {
  /** Threads to use (default: one per core); 1 searches in this thread. */
  workers?: number | undefined;
  /** Local minima to keep, lowest first. */
  keep: number;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * Below this many outer masks (2^(n−13), so n ≤ 20) the whole search takes well under a
 * second and starting threads would cost more than it saves.
 */
const THREADED_FROM = 256;
/** Ranges per worker: enough for a smooth progress bar and for a worker that falls behind. */
const RANGES_PER_WORKER = 8;

/**
 * The threads a search of n actors runs on when given `workers` (default: one per core): one,
 * in this thread, below THREADED_FROM outer masks.
 */
export function threadsFor(n: number, workers?: number): number {
  if (searchShape(n).outerMasks < THREADED_FROM) return 1;
  return Math.max(1, Math.min(workers ?? availableParallelism(), 64));
}

/**
 * Every bipartition of `l` searched, on worker threads when it is large enough to gain.
 * @example (await searchAll(syria, { keep: 5 })).best.energy // -83200
 */
export async function searchAll(l: Landscape, options: SearchOptions): Promise<SearchResult> {
  const { outerMasks } = searchShape(l.actors.length);
  const workers = threadsFor(l.actors.length, options.workers);
  if (workers === 1) {
    const result = searchLandscape(l, 0, outerMasks, options.keep);
    options.onProgress?.(outerMasks, outerMasks);
    return result;
  }
  const step = Math.max(1, Math.ceil(outerMasks / (workers * RANGES_PER_WORKER)));
  const tasks: RangeTask[] = [];
  for (let from = 0; from < outerMasks; from += step)
    tasks.push({ from, to: Math.min(outerMasks, from + step) });
  const script = await bundledWorker(new URL('./worker.ts', import.meta.url));
  const data: LandscapeWorkerData = { landscape: l, keep: options.keep };
  const pool = Array.from(
    { length: workers },
    () => new Worker(script, { eval: true, workerData: data }),
  );
  const parts: SearchResult[] = [];
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let sent = 0;
      const send = (w: Worker) => {
        if (sent < tasks.length) w.postMessage(tasks[sent++]);
      };
      for (const w of pool) {
        w.on('message', ({ task, result }: { task: RangeTask; result: SearchResult }) => {
          parts.push(result);
          done += task.to - task.from;
          options.onProgress?.(done, outerMasks);
          if (parts.length === tasks.length) resolve();
          else send(w);
        });
        w.on('error', reject);
        send(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return mergeSearches(parts, options.keep);
}
