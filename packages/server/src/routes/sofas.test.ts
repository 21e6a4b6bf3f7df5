import { IncidentOutputSchema, SofaComparisonSchema } from '@casus/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SofaSummarySchema } from '../sofa-output.ts';
import type { RunningServer } from '../start.ts';
import { testServer } from '../testing.ts';

const okinawa = {
  sofa: 'us-japan-sofa-1960',
  date: '1995-09-04',
  person: 'member',
  onDuty: 'no',
  offence: 'rape',
  victim: 'host-national',
  place: 'JPN.okinawa',
};
const five = [
  'us-japan-sofa-1960',
  'germany-sa-1959',
  'us-rok-sofa-1966',
  'us-philippines-vfa-1998',
  'us-australia-fpa-2014',
];

describe('the SOFA routes on a real server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await testServer();
  });
  afterAll(() => server.close());
  const get = (path: string) => fetch(new URL(path, server.url));
  const post = (path: string, body: unknown) =>
    fetch(new URL(path, server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  // biome-ignore lint/suspicious/noExplicitAny: JSON bodies read in a test
  type Any = any;

  it('GET /api/sofas lists every SOFA with parties, layer and dated versions', async () => {
    const r = await get('/api/sofas');
    expect(r.status).toBe(200);
    const body = (await r.json()) as Any[];
    for (const s of body) expect(SofaSummarySchema.safeParse(s).success).toBe(true);
    const ids = body.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining([...five, 'nato-sofa-1951']));
    const japan = body.find((s) => s.id === 'us-japan-sofa-1960');
    expect(japan.parties).toEqual({ sending: ['USA'], receiving: ['JPN'] });
    expect(japan.versions[0]).toMatchObject({ kind: 'base', inForce: '1960-06-23' });
    expect(body.find((s) => s.id === 'germany-sa-1959').layerOn).toBe('nato-sofa-1951');
    expect(japan.reciprocal).toBe(false);
    expect(body.find((s) => s.id === 'japan-uk-raa-2023').reciprocal).toBe(true);
  });

  it('POST /api/sofa/incident answers the 1995 Okinawa case as the CLI does: Japan’s primary right, US custody until indictment, each with its text and trace', async () => {
    const r = await post('/api/sofa/incident', okinawa);
    expect(r.status).toBe(200);
    const a = (await r.json()) as Any;
    expect(IncidentOutputSchema.safeParse(a).error).toBeUndefined();
    expect(a.jurisdiction).toMatchObject({
      rule: 'jp-xvii-3b',
      article: 'Article XVII(3)',
      outcome: { right: 'primary', holder: 'receiving' },
      textStatus: 'verbatim',
    });
    expect(a.custody.article).toBe('Article XVII(5)(c)');
    expect(a.custody.text).toContain('until he is charged');
    expect(a.custody.trace.every((t: { pass: boolean }) => t.pass)).toBe(true);
    // Before the October 1995 arrangement, its heinous-crimes rule is not yet in force.
    const heinous = a.notApplied.find((m: { rule: string }) => m.rule === 'jp-1995-heinous');
    expect(heinous.reason).toMatch(/^in-force: .* after 1995-09-04$/);
    const after = (await (
      await post('/api/sofa/incident', { ...okinawa, date: '1996-01-10' })
    ).json()) as Any;
    expect(after.requests.map((s: { rule: string }) => s.rule)).toContain('jp-1995-heinous');
  });

  it('POST /api/sofa/incident: 400 with the nearest SOFA id, offence kind and place, at their pointers', async () => {
    const r = await post('/api/sofa/incident', {
      ...okinawa,
      sofa: 'us-japan-sofa',
      offence: 'murdr',
      place: 'JPN.okinawaa',
    });
    expect(r.status).toBe(400);
    const issues = ((await r.json()) as Any).error.issues as Any[];
    const at = (p: string) => issues.find((i) => i.pointer === p);
    expect(at('/sofa').hint).toBe('did you mean "us-japan-sofa-1960"?');
    expect(at('/offence').hint).toBe('did you mean "murder"?');
    expect(at('/place').hint).toBe('did you mean "JPN.okinawa"?');
    expect(issues.every((i) => i.file === undefined)).toBe(true);
    const duty = await post('/api/sofa/incident', { ...okinawa, onDuty: 'maybe' });
    expect(((await duty.json()) as Any).error.issues[0]).toMatchObject({
      pointer: '/onDuty',
      expected: 'one of "yes", "no", "certified"',
    });
  });

  it('GET /api/sofa/compare gives the CLI’s matrix for the five SOFAs, with the Foreign Ministry’s caveat', async () => {
    const r = await get(`/api/sofa/compare?ids=${five.join(',')}&date=2024-06-01`);
    expect(r.status).toBe(200);
    const m = (await r.json()) as Any;
    expect(SofaComparisonSchema.safeParse(m).error).toBeUndefined();
    expect(m.sofas.map((s: { id: string }) => s.id)).toEqual(five);
    const row = (topic: string) => m.rows.find((x: { topic: string }) => x.topic === topic);
    expect(row('host-law').cells[0].value).toBe('does-not-apply');
    expect(row('host-law').cells[1].value).toBe('applies');
    expect(row('access').cells[1].value).toBe('on-notice');
    expect(row('custody').cells[2].value).toBe('sending, until the ROK indicts him');
    expect(row('custody').cells[4].value).toBe('not encoded');
    expect(m.caveats[0].by).toContain('Kono');
    const one = (await (
      await get('/api/sofa/compare?ids=germany-sa-1959&topics=access,custody&date=2024-06-01')
    ).json()) as Any;
    expect(one.rows.map((x: { topic: string }) => x.topic)).toEqual(['access', 'custody']);
  });

  it('GET /api/sofa/compare: 400 with the nearest SOFA id and topic, and for no ids', async () => {
    const r = await get('/api/sofa/compare?ids=us-japan-sofa-1960,germany-sa&topics=custdy');
    expect(r.status).toBe(400);
    const issues = ((await r.json()) as Any).error.issues as Any[];
    expect(issues.find((i) => i.pointer === '/ids').hint).toBe('did you mean "germany-sa-1959"?');
    expect(issues.find((i) => i.pointer === '/topics').hint).toBe('did you mean "custody"?');
    const none = await get('/api/sofa/compare?ids=');
    expect(none.status).toBe(400);
    // Core's wording for an empty required text (a21191e), at the parameter's name.
    expect(((await none.json()) as Any).error.issues[0]).toMatchObject({
      pointer: '/ids',
      expected: 'some text for "ids"',
    });
    expect((await get('/api/sofa/compare')).status).toBe(400);
    expect((await get('/api/sofa/compare?ids=nato-sofa-1951&date=2024-02-30')).status).toBe(400);
  });

  it('is in the OpenAPI document: the incident body and the compare parameters', async () => {
    const doc = (await (await get('/api/openapi.json')).json()) as Any;
    expect(doc.paths['/api/sofas'].get).toBeDefined();
    const incident = doc.paths['/api/sofa/incident'].post;
    const ref = incident.requestBody.content['application/json'].schema.$ref.split('/').pop();
    expect(doc.components.schemas[ref].required).toEqual(
      expect.arrayContaining(['sofa', 'date', 'person', 'onDuty', 'offence', 'victim']),
    );
    const names = doc.paths['/api/sofa/compare'].get.parameters.map(
      (p: { name: string }) => p.name,
    );
    expect(names.sort()).toEqual(['date', 'ids', 'topics']);
  });
});
