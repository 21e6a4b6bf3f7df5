/** The stall a Monte Carlo job puts on every other request: /api/health's latency while a full-battery compare job runs. */
import { type BenchRow, benchRow } from '@casus/core';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The p-th percentile (0–100) of `values`, by the nearest rank. */
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

/**
 * Starts a compare job of every scenario under `architectures` and asks /api/health one request
 * at a time until the job is done; the rows are the p99 of those answers' latency, held below
 * 100 ms (the issue's bound: no job stalls another request), and the slowest.
 * @example await healthDuringJob('http://127.0.0.1:4599', ['status-quo'], 200_000)
 */
export async function healthDuringJob(
  server: string,
  architectures: string[],
  trials: number,
): Promise<BenchRow[]> {
  const api = (path: string, init?: RequestInit) => fetch(new URL(path, server), init);
  const started = await api('/api/jobs', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'compare', params: { architectures, trials, seed: 1 } }),
  });
  if (started.status !== 202) throw new Error(`the compare job was refused: ${started.status}`);
  const { id } = (await started.json()) as { id: string };
  const latencies: number[] = [];
  for (;;) {
    const asked = performance.now();
    await (await api('/api/health')).arrayBuffer();
    latencies.push(performance.now() - asked);
    const job = (await (await api(`/api/jobs/${id}`)).json()) as { status: string };
    if (job.status === 'done') break;
    if (job.status !== 'running') throw new Error(`the compare job ended ${job.status}`);
    await pause(5);
  }
  const job = `a full-battery compare job (every scenario × ${architectures.length} architectures, ${trials.toLocaleString('en-US')} trials; ${latencies.length} requests, one at a time)`;
  return [
    benchRow(`GET /api/health p99 during ${job}`, percentile(latencies, 99), 'ms', { below: 100 }),
    // One request at a time sees a stall of the main thread once, so only the slowest shows it.
    benchRow(`GET /api/health slowest during ${job}`, Math.max(...latencies), 'ms'),
  ];
}
