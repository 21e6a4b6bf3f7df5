import { CascadeOutputSchema, findingsOf, ObligationsOutputSchema } from '@casus/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { senkakuEvent, testApp } from '../testing.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(() => app.close());

const post = (url: string, payload: unknown) =>
  app.inject({ method: 'POST', url, payload: payload as object });

describe('POST /api/obligations', () => {
  it('reads a strike back at China as a counter-strike, by assumptions.counterstrikeInvokes', async () => {
    const strikeBack = { actor: 'USA', kind: 'armed-attack', target: { place: 'CHN.mainland' } };
    const northKorea = async (counterstrikeInvokes?: string) => {
      const r = await post('/api/obligations', {
        date: '2024-11-01',
        events: [senkakuEvent, strikeBack],
        ...(counterstrikeInvokes ? { assumptions: { counterstrikeInvokes } } : {}),
      });
      expect(r.statusCode).toBe(200);
      const out = ObligationsOutputSchema.parse(r.json());
      const f = findingsOf(r.json()).find((x) => x.event === 1 && x.obligor === 'PRK');
      return [out.header.assumptions.counterstrikeInvokes, f?.fired, f?.failed?.test];
    };
    expect(await northKorea()).toEqual(['no', false, 'initiator']);
    expect(await northKorea('yes')).toEqual(['yes', true, undefined]);
    const bad = await post('/api/obligations', {
      date: '2024-11-01',
      events: [senkakuEvent],
      assumptions: { counterstrikeInvokes: 'maybe' },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('finds that the United States must defend Japan, with the header of the question', async () => {
    const r = await post('/api/obligations', { date: '2024-11-01', events: [senkakuEvent] });
    expect(r.statusCode).toBe(200);
    expect(ObligationsOutputSchema.safeParse(r.json()).success).toBe(true);
    expect(ObligationsOutputSchema.safeParse(r.json()).success).toBe(true);
    const { header, findings, citations, traces } = r.json();
    expect(header).toMatchObject({
      architecture: 'status-quo',
      date: '2024-11-01',
      libraryVersion: expect.any(String),
    });
    const duty = findings.find(
      (f: { obligor: string; beneficiary: string; fired: boolean }) =>
        f.obligor === 'USA' && f.beneficiary === 'JPN' && f.fired,
    );
    expect(duty).toMatchObject({ obligation: 'must-defend', clause: 'us-japan-1960-art5' });
    expect(duty.citation).toBeUndefined();
    expect(citations[duty.clause]).toMatchObject({
      article: 'Article V',
      textStatus: 'verbatim',
      text: expect.stringContaining('territories under the administration of Japan'),
    });
    expect(traces[duty.trace]).toContainEqual(
      expect.objectContaining({
        test: 'area',
        pass: true,
        reason: expect.stringMatching(/Senkaku/),
      }),
    );
  });

  it('reports clauses that do not fire with the first condition that failed, last in their trace', async () => {
    const guam = { actor: 'CHN', kind: 'armed-attack', target: { place: 'USA.guam' } };
    const r = await post('/api/obligations', { date: '2024-11-01', events: [guam] });
    const { findings, traces } = r.json() as {
      findings: { agreement: string; fired: boolean; trace: number; failed?: unknown }[];
      traces: { test: string; pass: boolean; reason: string }[][];
    };
    const japan = findings.find((f) => f.agreement === 'us-japan-1960' && !f.fired)!;
    expect(japan.failed).toBeUndefined();
    expect(traces[japan.trace]!.at(-1)).toMatchObject({
      test: 'area',
      pass: false,
      reason: expect.stringMatching(/Guam is administered by the United States/),
    });
  });

  it('answers the same from the world cache on a second request', async () => {
    const body = {
      date: '2024-11-01',
      architecture: 'asian-nato-exclusive',
      events: [senkakuEvent],
    };
    const [a, b] = [await post('/api/obligations', body), await post('/api/obligations', body)];
    expect(b.json()).toEqual(a.json());
  });
});

describe('POST /api/run', () => {
  const scenario = {
    id: 'landing',
    name: 'Landing',
    description: 'A landing',
    date: '2024-11-01',
    events: [senkakuEvent],
  };

  it('runs an inline scenario to the fixpoint', async () => {
    const r = await post('/api/run', { scenario, mode: 'honoured' });
    expect(r.statusCode).toBe(200);
    expect(CascadeOutputSchema.safeParse(r.json()).success).toBe(true);
    const { header, scenario: named, result } = r.json();
    expect(named).toEqual({ id: 'landing', name: 'Landing', description: 'A landing' });
    expect(header).toMatchObject({
      mode: 'honoured',
      architecture: 'status-quo',
    });
    const states = result.entries.map((e: { state: string }) => e.state);
    expect(states).toEqual(expect.arrayContaining(['CHN', 'JPN', 'USA']));
  });

  it('runs a library scenario under another architecture', async () => {
    const ids = (await app.inject('/api/scenarios')).json().map((s: { id: string }) => s.id);
    if (ids.length === 0) return;
    const r = await post('/api/run', {
      scenarioId: ids[0],
      mode: 'strict',
      architecture: 'asian-nato-exclusive',
    });
    expect(r.statusCode).toBe(200);
    expect(r.json().header.architecture).toBe('asian-nato-exclusive');
  });
});
