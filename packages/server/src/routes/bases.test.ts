import { BasesOutputSchema } from '@casus/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../start.ts';
import { testServer } from '../testing.ts';

describe('GET /api/bases', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await testServer();
  });
  afterAll(() => server.close());
  const get = (path: string) => fetch(new URL(path, server.url));
  // biome-ignore lint/suspicious/noExplicitAny: a JSON body read in a test
  const json = async (path: string): Promise<any> => (await get(path)).json();

  it('answers the CLI query over HTTP: bases in Japan on a date, in the documented shape', async () => {
    const r = await get('/api/bases?host=JPN&date=2024-11-01');
    expect(r.status).toBe(200);
    const body = (await r.json()) as { query: unknown; bases: { id: string; host: string }[] };
    expect(BasesOutputSchema.safeParse(body).success).toBe(true);
    expect(body.query).toEqual({ host: 'JPN', date: '2024-11-01' });
    expect(body.bases.map((b: { id: string }) => b.id)).toContain('kadena-air-base');
    expect(body.bases.every((b: { host: string }) => b.host === 'JPN')).toBe(true);
  });

  it('adds an architecture’s proposals: the JSDF base on Guam under us-japan-revised', async () => {
    const quo = await json('/api/bases?user=JPN');
    const revised = await json('/api/bases?user=JPN&architecture=us-japan-revised');
    const ids = (b: { bases: { id: string }[] }) => b.bases.map((x) => x.id);
    expect(ids(quo)).not.toContain('jsdf-guam-proposed');
    expect(ids(revised)).toContain('jsdf-guam-proposed');
  });

  it('answers 400 with the nearest state for an unknown one, and for an impossible date', async () => {
    const state = await get('/api/bases?host=JPX');
    expect(state.status).toBe(400);
    expect(JSON.stringify(await state.json())).toContain('did you mean \\"JPN\\"?');
    expect((await get('/api/bases?date=2024-02-30')).status).toBe(400);
  });

  it('is in the OpenAPI document with its query parameters', async () => {
    const doc = await json('/api/openapi.json');
    const names = doc.paths['/api/bases'].get.parameters.map((p: { name: string }) => p.name);
    expect(names.sort()).toEqual(['architecture', 'date', 'host', 'user']);
  });
});
