import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@casus/core';
import { fittedReliabilityFile } from '@casus/runner';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { jobRunnersFor } from './job-runners.ts';
import type { RunningServer } from './start.ts';
import { readEvents, startJob, tempDir, testLibrary, testServer } from './testing.ts';

// The job's heavy steps, watched on this (the server's main) thread; a job's own thread loads
// @casus/core through its own loader, unwatched.
vi.mock('@casus/core', async (original) => {
  const actual = await original<typeof core>();
  return {
    ...actual,
    prepareScenario: vi.fn(actual.prepareScenario),
    coverage: vi.fn(actual.coverage),
    scenarioModel: vi.fn(actual.scenarioModel),
    batteryModel: vi.fn(actual.batteryModel),
  };
});
const mainThreadWork = {
  prepareScenario: vi.mocked(core.prepareScenario),
  coverage: vi.mocked(core.coverage),
  scenarioModel: vi.mocked(core.scenarioModel),
  batteryModel: vi.mocked(core.batteryModel),
};

const servers: RunningServer[] = [];
const temp = tempDir();
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  temp.remove();
});

async function serve(options: Parameters<typeof testServer>[0]) {
  const server = await testServer(options);
  servers.push(server);
  const api = (path: string, init?: RequestInit) => fetch(new URL(path, server.url), init);
  const start = (kind: string, params: unknown) => startJob(server.url, kind, params);
  return { api, start };
}

const ARCHITECTURES = [
  'status-quo',
  'asian-nato-exclusive',
  'asian-nato-inclusive',
  'asian-nato-japan-law-revised',
  'us-japan-revised',
];

describe('a Monte Carlo job on a thread of its own', () => {
  it('runs no part of the job on the main thread, which answers /api/health meanwhile', async () => {
    const { api, start } = await serve({ workers: 2, warm: true });
    for (const f of Object.values(mainThreadWork)) f.mockClear();
    const id = await start('compare', { architectures: ARCHITECTURES, trials: 4096, seed: 1 });
    const events = readEvents(await api(`/api/jobs/${id}/events`));
    expect((await api('/api/health')).status).toBe(200);
    const job = (await (await api(`/api/jobs/${id}`)).json()) as { status: string };
    expect(job.status).toBe('running');
    const last = (await events).at(-1)!;
    expect(last.event).toBe('done');
    expect((last.data as { rows: unknown[] }).rows).toHaveLength(
      testLibrary().library.scenarios.size * ARCHITECTURES.length,
    );
    // Preparing each scenario under each architecture, coverage, and the rows' model intervals:
    // on the main thread they held every request until the answer was done.
    for (const f of Object.values(mainThreadWork)) expect(f).not.toHaveBeenCalled();
  });

  it('answers exactly as the same job run on the main thread', async () => {
    const { api, start } = await serve({ workers: 2 });
    const params = {
      scenarios: ['senkaku-landing', 'taiwan-blockade'],
      architectures: ['status-quo', 'asian-nato-exclusive'],
      trials: 3000,
      seed: 5,
    };
    const id = await start('compare', params);
    const [last] = (await readEvents(await api(`/api/jobs/${id}/events`))).slice(-1);
    expect(last?.event).toBe('done');
    const here = jobRunnersFor(testLibrary(), { workers: 2, inProcess: true }).runners.compare!;
    const parsed = here.params.parse(params);
    const expected = await here.run(parsed, {
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    expect(JSON.stringify(last?.data)).toBe(JSON.stringify(expected));
  });

  it('fails the job with the thread\u2019s reason when the thread cannot load', async () => {
    const reliability = join(temp.dir, 'reliability.yaml');
    copyFileSync(fittedReliabilityFile(testLibrary().dir), reliability);
    const { api, start } = await serve({ reliability });
    rmSync(reliability);
    const id = await start('simulate', { scenario: 'senkaku-landing', trials: 1000 });
    const [last] = (await readEvents(await api(`/api/jobs/${id}/events`))).slice(-1);
    expect(last).toEqual({
      event: 'failed',
      data: { code: 'job_failed', message: `no reliability parameters at ${reliability}` },
    });
  });
});
