/** A job's thread: loads the library and model at once, then runs the one job it is sent and posts progress and the answer back. */
import { parentPort, workerData } from 'node:worker_threads';
import { workerScript } from '@casus/runner';
import { jobRunnersFor } from './job-runners.ts';
import type { JobThreadData, JobThreadMessage, JobThreadTask } from './job-thread.ts';
import { libraryStateOf } from './library-state.ts';

const data = workerData as JobThreadData;
const post = (m: JobThreadMessage) => parentPort?.postMessage(m);

async function load() {
  const state = libraryStateOf(data.dir, data.files);
  const options = { reliability: data.reliability, workers: data.workers, inProcess: true };
  const { runners, issues } = jobRunnersFor(state, options);
  // The simulation pool's script, bundled now rather than when the job has come.
  await workerScript();
  if (issues.length > 0) throw new Error(issues.map((i) => i.message).join('; '));
  return runners;
}

const loaded = load();
loaded.catch(() => undefined); // reported to the job when it comes

parentPort?.once('message', async ({ kind, params }: JobThreadTask) => {
  try {
    const runner = (await loaded)[kind];
    if (!runner) throw new Error(`no job kind "${kind}"`);
    // The main thread terminates this thread to cancel, so this signal never aborts.
    const { signal } = new AbortController();
    const onProgress = (p: { done: number; total: number }) => post({ type: 'progress', ...p });
    post({ type: 'done', result: await runner.run(params, { signal, onProgress }) });
  } catch (error) {
    post({ type: 'failed', message: (error as Error).message });
  }
});
