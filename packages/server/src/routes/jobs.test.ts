import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { JobRunner } from '../jobs.ts';
import type { RunningServer } from '../start.ts';
import { readEvents, testApp, testLibrary, testServer } from '../testing.ts';

/** A job of many small steps that stops when asked; `stopped` records that it did. */
const stopped: string[] = [];
const slow: JobRunner<{ trials: number }> = {
  params: z.object({ trials: z.number().int().positive() }).strict(),
  summary: 'counts to `trials`, one step per turn of the event loop',
  async run({ trials }, { signal, onProgress }) {
    for (let done = 1; done <= trials; done++) {
      if (signal.aborted) {
        stopped.push('slow');
        return undefined;
      }
      await new Promise((r) => setTimeout(r, 2));
      onProgress({ done, total: trials });
    }
    return { trials };
  },
};

describe('jobs over HTTP', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await testServer({ jobRunners: { slow: slow as JobRunner } });
  });
  afterAll(async () => {
    await server.close();
  });
  const api = (path: string, init?: RequestInit) => fetch(new URL(path, server.url), init);
  const start = async (params: unknown) => {
    const r = await api('/api/jobs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'slow', params }),
    });
    expect(r.status).toBe(202);
    return ((await r.json()) as { id: string }).id;
  };

  it('streams progress, and a DELETE cancels the job and ends the stream with `cancelled`', async () => {
    const id = await start({ trials: 100_000 });
    const stream = await api(`/api/jobs/${id}/events`, {
      headers: { accept: 'text/event-stream' },
    });
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    let deleted: Promise<Response> | undefined;
    const events = await readEvents(stream, (e) => {
      if (e.event === 'progress' && (e.data as { done: number }).done >= 5 && !deleted)
        deleted = api(`/api/jobs/${id}`, { method: 'DELETE' });
    });
    expect(events.at(-1)?.event).toBe('cancelled');
    const progress = events.filter((e) => e.event === 'progress').at(-1)?.data;
    expect(progress).toMatchObject({
      done: expect.any(Number),
      total: 100_000,
      etaSeconds: expect.any(Number),
    });
    expect((progress as { done: number }).done).toBeGreaterThanOrEqual(5);
    expect((progress as { done: number }).done).toBeLessThan(100_000);
    expect(((await (await deleted!).json()) as { status: string }).status).toBe('cancelled');
    const job = (await (await api(`/api/jobs/${id}`)).json()) as {
      status: string;
      progress: { done: number };
    };
    expect(job.status).toBe('cancelled');
    await new Promise((r) => setTimeout(r, 20));
    expect(stopped).toContain('slow');
  });

  it('ends the stream with `done` and the result, which GET then returns', async () => {
    const id = await start({ trials: 3 });
    const events = await readEvents(await api(`/api/jobs/${id}/events`), () => undefined);
    expect(events.at(-1)).toEqual({ event: 'done', data: { trials: 3 } });
    const job = (await (await api(`/api/jobs/${id}`)).json()) as {
      status: string;
      result: unknown;
    };
    expect(job).toMatchObject({
      status: 'done',
      result: { trials: 3 },
      progress: { done: 3, total: 3 },
    });
    const late = await readEvents(await api(`/api/jobs/${id}/events`), () => undefined);
    expect(late.at(-1)?.event).toBe('done');
  });

  it('answers a DELETE of a finished job with 409 job_finished, and leaves the job as it ended', async () => {
    const id = await start({ trials: 3 });
    await readEvents(await api(`/api/jobs/${id}/events`), () => undefined);
    const r = await api(`/api/jobs/${id}`, { method: 'DELETE' });
    expect(r.status).toBe(409);
    expect(((await r.json()) as { error: unknown }).error).toMatchObject({
      code: 'job_finished',
      message: `job ${id} had already finished (done); there is nothing to cancel`,
      hint: `GET /api/jobs/${id} returns it as it ended`,
    });
    const job = (await (await api(`/api/jobs/${id}`)).json()) as { status: string };
    expect(job).toMatchObject({ status: 'done', result: { trials: 3 } });
  });

  it('refuses a third job while two run (429), and takes one again once one is cancelled', async () => {
    const ids = [await start({ trials: 100_000 }), await start({ trials: 100_000 })];
    const third = await api('/api/jobs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'slow', params: { trials: 3 } }),
    });
    expect(third.status).toBe(429);
    expect(((await third.json()) as { error: { code: string } }).error.code).toBe('too_many_jobs');
    await api(`/api/jobs/${ids[0]}`, { method: 'DELETE' });
    const again = await start({ trials: 3 });
    await api(`/api/jobs/${ids[1]}`, { method: 'DELETE' });
    await api(`/api/jobs/${again}`, { method: 'DELETE' });
  });
});

describe('jobs whose watchers have gone', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await testServer({ jobRunners: { slow: slow as JobRunner }, abandonJobsAfterMs: 300 });
  });
  afterAll(async () => {
    await server.close();
  });
  const api = (path: string, init?: RequestInit) => fetch(new URL(path, server.url), init);
  const start = async () => {
    const r = await api('/api/jobs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'slow', params: { trials: 100_000 } }),
    });
    return ((await r.json()) as { id: string }).id;
  };
  const status = async (id: string) =>
    ((await (await api(`/api/jobs/${id}`)).json()) as { status: string }).status;
  /** Opens the job's event stream, reads its first progress event, and drops the connection. */
  const watchThenLeave = async (id: string) => {
    const leave = new AbortController();
    const stream = await api(`/api/jobs/${id}/events`, {
      headers: { accept: 'text/event-stream' },
      signal: leave.signal,
    });
    await readEvents(stream, () => leave.abort()).catch(() => undefined);
  };

  it('cancels a watched job once its last stream has been closed for the grace period, freeing its slot', async () => {
    const [left, polled] = [await start(), await start()];
    await watchThenLeave(left);
    await expect.poll(() => status(left), { timeout: 3000 }).toBe('cancelled');
    // A job no one ever watched is an API client's to poll: it runs on.
    expect(await status(polled)).toBe('running');
    const third = await start();
    expect(await status(third)).toBe('running');
    await api(`/api/jobs/${polled}`, { method: 'DELETE' });
    await api(`/api/jobs/${third}`, { method: 'DELETE' });
  });

  it('keeps a job whose watcher comes back within the grace period', async () => {
    const id = await start();
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    await watchThenLeave(id);
    await sleep(100); // the server has seen the stream close, and the grace has begun
    await api(`/api/jobs/${id}/events`, { headers: { accept: 'text/event-stream' } });
    await sleep(700);
    expect(await status(id)).toBe('running');
    await api(`/api/jobs/${id}`, { method: 'DELETE' });
  });
});

describe('the compare job without a reliability model', () => {
  it('is the honoured battery under each architecture, and the app says why', async () => {
    const app = await testApp({ reliability: '/nonexistent/reliability.yaml' });
    expect(app.jobIssues.map((i) => i.message)).toEqual([
      'no reliability parameters at /nonexistent/reliability.yaml',
    ]);
    const architectures = ['status-quo', 'asian-nato-exclusive'];
    const r = await app.inject({
      method: 'POST',
      url: '/api/jobs',
      payload: { kind: 'compare', params: { architectures } },
    });
    expect(r.statusCode).toBe(202);
    const { id } = r.json();
    let job = (await app.inject(`/api/jobs/${id}`)).json();
    for (let i = 0; i < 500 && job.status === 'running'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      job = (await app.inject(`/api/jobs/${id}`)).json();
    }
    expect(job.status).toBe('done');
    expect(job.result.rows).toHaveLength(
      testLibrary().library.scenarios.size * architectures.length,
    );
    await app.close();
  });
});
