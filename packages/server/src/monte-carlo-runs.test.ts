import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './start.ts';
import { readEvents, startJob, testPact, testServer } from './testing.ts';

interface Estimate {
  value: number;
  low: number;
  high: number;
}

let server: RunningServer;
beforeAll(async () => {
  server = await testServer({ workers: 2 });
  expect(server.app.jobIssues).toEqual([]);
});
afterAll(async () => {
  await server?.close();
});

const api = (path: string, init?: RequestInit) => fetch(new URL(path, server.url), init);

const start = (kind: string, params: unknown) => startJob(server.url, kind, params);

/** Starts a job and follows its event stream to the end; the last event is the outcome. */
async function follow(
  kind: string,
  params: unknown,
  onProgress = (_id: string, _done: number) => undefined,
) {
  const id = await start(kind, params);
  const events = await readEvents(await api(`/api/jobs/${id}/events`), (e) => {
    if (e.event === 'progress') onProgress(id, (e.data as { done: number }).done);
  });
  return { id, events, last: events.at(-1)! };
}

const small = {
  scenarios: ['senkaku-landing', 'korea-invasion-2025'],
  architectures: ['status-quo', 'asian-nato-exclusive'],
  trials: 500,
  seed: 7,
  mode: 'probabilistic',
};

const inside = (e: Estimate) => e.low <= e.value && e.value <= e.high;

describe("the server's own Monte Carlo jobs", () => {
  it('compares architectures with 95% intervals and the model stamp, reproducibly', async () => {
    const { events, last } = await follow('compare', small);
    expect(events.some((e) => e.event === 'progress')).toBe(true);
    expect(last.event).toBe('done');
    const result = last.data as {
      rows: {
        scenario: string;
        architecture: string;
        deterrence: Estimate;
        entangled: Estimate;
        widened: Estimate;
      }[];
      coverage: unknown[];
      model: { reliability: { sha256: string } };
    };
    expect(result).toMatchObject({
      command: 'compare',
      battery: small.scenarios,
      architectures: small.architectures,
      seed: 7,
      trials: 500,
      assumptions: { 'senkaku-landing': expect.any(Object) },
      model: { reliability: { sha256: expect.stringMatching(/^[0-9a-f]{16}$/) } },
    });
    expect(result.rows).toHaveLength(4);
    for (const row of result.rows)
      for (const e of [row.deterrence, row.entangled, row.widened]) expect(inside(e)).toBe(true);
    expect(result.rows.some((r) => r.widened.high > r.widened.low)).toBe(true);
    expect(result.coverage.length).toBeGreaterThan(0);
    const again = await follow('compare', small);
    expect(again.last.data).toEqual(last.data);
  });

  it('adds a designed pact as the architecture status-quo+<id> for that job only', async () => {
    const { last } = await follow('compare', {
      ...small,
      architectures: ['status-quo'],
      extraAgreements: [testPact('jpn-phl-pact')],
    });
    const result = last.data as { architectures: string[]; rows: { architecture: string }[] };
    expect(result.architectures).toEqual(['status-quo', 'status-quo+jpn-phl-pact']);
    expect(new Set(result.rows.map((r) => r.architecture))).toEqual(new Set(result.architectures));
    const without = await api('/api/jobs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'compare',
        params: { ...small, architectures: ['status-quo+jpn-phl-pact'] },
      }),
    });
    expect(without.status).toBe(400);
  });

  it('simulates one scenario: P(enter) per state with intervals', async () => {
    const { last } = await follow('simulate', {
      scenario: 'korea-invasion-2025',
      trials: 500,
    });
    const result = last.data as { command: string; result: { states: { enter: Estimate }[] } };
    expect(result.command).toBe('run');
    expect(result.result.states.length).toBeGreaterThan(2);
    for (const s of result.result.states) expect(inside(s.enter)).toBe(true);
  });

  it('takes decision overrides: the answer lists them, and bad ones are a 400 pointing at /params/decisions', async () => {
    const { last } = await follow('simulate', {
      scenario: 'taiwan-invasion',
      trials: 500,
      decisions: { 'USA:TWN': 1, 'USA:KOR': 0.2 },
    });
    const result = last.data as {
      assumptions: { decisions: Record<string, number> };
      result: {
        states: { state: string; enter: Estimate }[];
        overrides: { decision: string; edges: number }[];
        obligations: { obligor: string; p: number; source: string }[];
      };
    };
    expect(result.assumptions.decisions).toEqual({ 'USA:TWN': 1, 'USA:KOR': 0.2 });
    expect(result.result.overrides.map((o) => [o.decision, o.edges > 0])).toEqual([
      ['USA:TWN', true],
      ['USA:KOR', false],
    ]);
    expect(result.result.states.find((s) => s.state === 'USA')!.enter.value).toBe(1);
    expect(result.result.obligations[0]).toMatchObject({
      obligor: 'USA',
      p: 1,
      source: 'override',
    });
    const bad = await api('/api/jobs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'compare',
        params: { ...small, decisions: { 'USA:TWX': 0.5, 'USA:JPN': 1.5 } },
      }),
    });
    expect(bad.status).toBe(400);
    const body = JSON.stringify(await bad.json());
    expect(body).toContain('/params/decisions/USA:JPN');
    const unknownState = await api('/api/jobs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'compare',
        params: { ...small, decisions: { 'USA:TWX': 0.5 } },
      }),
    });
    expect(unknownState.status).toBe(400);
    const issues = JSON.stringify(await unknownState.json());
    expect(issues).toContain('state \\"TWX\\" is not in the COW state system');
    expect(issues).toContain('did you mean \\"TWN\\"');
  });

  it('cancels a big job mid-run: DELETE stops the workers, the stream ends with `cancelled`', async () => {
    let cancelling: Promise<Response> | undefined;
    const { id, last } = await follow(
      'compare',
      { ...small, scenarios: undefined, trials: 1_000_000 },
      (jobId, done) => {
        if (done > 0) cancelling ??= api(`/api/jobs/${jobId}`, { method: 'DELETE' });
      },
    );
    expect(last.event).toBe('cancelled');
    expect((await cancelling!).status).toBe(200);
    const job = (await (await api(`/api/jobs/${id}`)).json()) as { status: string };
    expect(job.status).toBe('cancelled');
  });
});
