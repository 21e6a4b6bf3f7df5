/**
 * Each Monte Carlo job on a thread of its own (job-worker.ts): the server's main thread only
 * checks the request and relays progress, so that no job, however large, stalls another request.
 */
import { Worker } from 'node:worker_threads';
import type { JobContext, JobRunner } from './jobs.ts';
import type { LibraryState } from './library-state.ts';

/** What a job's thread loads before its job comes: the server's library files and model options. */
export interface JobThreadData {
  dir: string;
  files: LibraryState['files'];
  reliability: string | undefined;
  workers: number | undefined;
}

/** The one message a job's thread is sent: its job. */
export interface JobThreadTask {
  kind: string;
  params: unknown;
}

/** What a job's thread says: progress as blocks finish, then its answer or why it failed. */
export type JobThreadMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; message: string };

export interface JobThreadOptions {
  reliability?: string | undefined;
  workers?: number | undefined;
  /** Load a thread before the first job asks (`casus serve` does), and again after each job. */
  warm?: boolean | undefined;
}

// A plain-JavaScript entry that registers tsx in the thread, then loads job-worker.ts: a worker
// does not inherit the loader that bin/casus.js registered in the main thread.
const entry = new URL('./job-worker-entry.mjs', import.meta.url);

/** A thread loading the library and model; unreferenced, so an idle one keeps no process alive. */
function spawn(data: JobThreadData) {
  const worker = new Worker(entry, { workerData: data });
  worker.unref();
  // An error before a job takes the thread (its loading failed hard) is kept for that job.
  const early = { error: undefined as Error | undefined, exited: false };
  worker.once('error', (e) => {
    early.error = e;
  });
  worker.once('exit', () => {
    early.exited = true;
  });
  return { worker, early };
}

/** Runs one job on `thread`; an abort terminates the thread (and its simulation pool) at once. */
function runOn({ worker, early }: ReturnType<typeof spawn>, task: JobThreadTask, job: JobContext) {
  const { signal, onProgress } = job;
  return new Promise<unknown>((resolve, reject) => {
    if (signal.aborted || early.error || early.exited) {
      void worker.terminate();
      return reject(signal.aborted ? signal.reason : (early.error ?? new Error('no job thread')));
    }
    const abort = () => {
      reject(signal.reason);
      void worker.terminate();
    };
    signal.addEventListener('abort', abort, { once: true });
    worker.on('message', (m: JobThreadMessage) => {
      if (m.type === 'progress') onProgress({ done: m.done, total: m.total });
      else if (m.type === 'done') resolve(m.result);
      else reject(new Error(m.message));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      signal.removeEventListener('abort', abort);
      reject(new Error(`the job's thread stopped with exit code ${code} before answering`));
    });
    worker.ref();
    worker.postMessage(task satisfies JobThreadTask);
  });
}

/**
 * The same job kinds with each run on a thread of its own: params and checks stay here, the
 * thread rebuilds the library from `state`'s files and runs the kind's own `run`. Loading a
 * thread takes seconds (tsx and the library's YAML), so with `warm` one is kept loaded for the
 * next job; `close` ends it.
 * @example inJobThreads(runners, state, {workers: 2}).compare.run(params, job)
 */
export function inJobThreads(
  runners: Record<string, JobRunner>,
  state: LibraryState,
  options: JobThreadOptions,
): Record<string, JobRunner> {
  const data = {
    dir: state.dir,
    files: state.files,
    reliability: options.reliability,
    workers: options.workers,
  };
  let closed = false;
  const ahead = () => (options.warm && !closed ? spawn(data) : undefined);
  let spare = ahead();
  const run = async (task: JobThreadTask, job: JobContext) => {
    // A spare that died idle (it never does unless its thread crashed) is replaced, not used.
    const alive = spare && !spare.early.error && !spare.early.exited ? spare : undefined;
    const thread = alive ?? spawn(data);
    spare = undefined;
    try {
      return await runOn(thread, task, job);
    } finally {
      spare ??= ahead();
    }
  };
  const close = async () => {
    closed = true;
    await spare?.worker.terminate();
    spare = undefined;
  };
  return Object.fromEntries(
    Object.entries(runners).map(([kind, runner]) => [
      kind,
      { ...runner, run: (params, job) => run({ kind, params }, job), close },
    ]),
  ) as Record<string, JobRunner>;
}
