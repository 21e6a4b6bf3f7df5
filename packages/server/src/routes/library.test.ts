import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../testing.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(() => app.close());

const get = async (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers });

describe('library routes', () => {
  it('health names the library', async () => {
    const r = await get('/api/health');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({
      ok: true,
      library: { hash: expect.stringMatching(/^[0-9a-f]{16}$/) },
    });
    expect(r.json().library.agreements).toBeGreaterThan(5);
  });

  it('serves the library files with an ETag and answers 304 when unchanged', async () => {
    const r = await get('/api/library');
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(r.headers.etag).toBe(`"${body.hash}"`);
    expect(
      body.files.some((f: { path: string }) => f.path === 'library/agreements/us-japan-1960.yaml'),
    ).toBe(true);
    expect(body.files.some((f: { path: string }) => f.path.endsWith('.cases.yaml'))).toBe(false);
    // Each file with its value, so the browser's engine need not parse the YAML again.
    const treaty = body.files.find(
      (f: { path: string }) => f.path === 'library/agreements/us-japan-1960.yaml',
    );
    expect(treaty.value).toMatchObject({ id: 'us-japan-1960' });
    expect(treaty.text).toMatch(/^id: us-japan-1960$/m);
    const again = await get('/api/library', { 'if-none-match': r.headers.etag as string });
    expect(again.statusCode).toBe(304);
  });

  it('lists states, places as GeoJSON, areas', async () => {
    expect((await get('/api/states')).json()).toContainEqual({
      ccode: 713,
      iso3: 'TWN',
      name: 'Taiwan',
    });
    const places = (await get('/api/places')).json();
    expect(places.type).toBe('FeatureCollection');
    const senkaku = places.features.find((f: { id: string }) => f.id === 'JPN.senkaku');
    expect(senkaku.properties).toMatchObject({
      administeredBy: 'JPN',
      claimants: expect.arrayContaining(['CHN']),
    });
    expect((await get('/api/areas')).json()[0]).toHaveProperty('description');
  });

  it('filters agreements by member and architecture, and says which are in force on a date', async () => {
    const r = await get('/api/agreements?date=2024-11-01&member=JPN&architecture=status-quo');
    expect(r.statusCode).toBe(200);
    const rows = r.json() as {
      id: string;
      members: string[];
      inForceOnDate: boolean;
      kind: string;
    }[];
    expect(rows.map((a) => a.id)).toContain('us-japan-1960');
    expect(rows.every((a) => a.members.includes('JPN') && a.kind !== 'proposal')).toBe(true);
    expect(rows.find((a) => a.id === 'us-japan-1960')?.inForceOnDate).toBe(true);
    const early = (await get('/api/agreements?date=1955-01-01')).json() as {
      id: string;
      inForceOnDate: boolean;
    }[];
    expect(early.find((a) => a.id === 'us-japan-1960')?.inForceOnDate).toBe(false);
  });

  it('gives one agreement in full, and 404 with a suggestion for an unknown id', async () => {
    expect((await get('/api/agreements/us-japan-1960')).json().articles.length).toBeGreaterThan(0);
    const r = await get('/api/agreements/us-japan-196');
    expect(r.statusCode).toBe(404);
    expect(r.json().error).toMatchObject({
      code: 'unknown_agreement',
      hint: expect.stringContaining('us-japan-1960'),
    });
  });

  it('lists architectures and scenarios', async () => {
    const archs = (await get('/api/architectures')).json() as { id: string }[];
    expect(archs.map((a) => a.id)).toContain('status-quo');
    expect((await get('/api/architectures/status-quo')).json().id).toBe('status-quo');
    expect(Array.isArray((await get('/api/scenarios')).json())).toBe(true);
  });
});
