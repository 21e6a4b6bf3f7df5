import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { senkakuEvent, tempDir, testLibrary, testPact } from '../testing.ts';

const scenario = {
  id: 'my-landing',
  name: 'My landing',
  description: 'A landing',
  date: '2024-11-01',
  events: [senkakuEvent],
};
const architecture = {
  id: 'my-pact',
  name: 'My pact',
  description: 'Status quo plus a pact',
  add: ['asian-nato-exclusive'],
};

describe('saved items', () => {
  it('survive a restart, and can be listed, replaced and deleted', async () => {
    const temp = tempDir();
    const options = { library: testLibrary(), workbenchDb: join(temp.dir, 'workbench.duckdb') };
    const first = await buildApp(options);
    const put = await first.inject({
      method: 'PUT',
      url: '/api/saved/scenarios/my-landing',
      payload: scenario,
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().item).toMatchObject({ id: 'my-landing', architecture: 'status-quo' });
    await first.inject({
      method: 'PUT',
      url: '/api/saved/architectures/my-pact',
      payload: architecture,
    });
    await first.close();

    const second = await buildApp(options);
    const read = await second.inject('/api/saved/scenarios/my-landing');
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      id: 'my-landing',
      updatedAt: expect.any(String),
      item: { name: 'My landing' },
    });
    expect(
      (await second.inject('/api/saved/architectures')).json().map((s: { id: string }) => s.id),
    ).toEqual(['my-pact']);
    await second.inject({
      method: 'PUT',
      url: '/api/saved/scenarios/my-landing',
      payload: { ...scenario, name: 'Renamed' },
    });
    expect((await second.inject('/api/saved/scenarios')).json()).toHaveLength(1);
    expect((await second.inject('/api/saved/scenarios/my-landing')).json().item.name).toBe(
      'Renamed',
    );
    expect(
      (await second.inject({ method: 'DELETE', url: '/api/saved/scenarios/my-landing' }))
        .statusCode,
    ).toBe(204);
    expect((await second.inject('/api/saved/scenarios/my-landing')).statusCode).toBe(404);
    await second.close();
    temp.remove();
  });

  it('keeps designed agreements, validated as agreements', async () => {
    const temp = tempDir();
    const app = await buildApp({ library: testLibrary(), workbenchDb: join(temp.dir, 'w.duckdb') });
    const pact = (await app.inject('/api/agreements/us-japan-1960')).json();
    const designed = { ...pact, id: 'my-treaty', name: 'My treaty' };
    const r = await app.inject({
      method: 'PUT',
      url: '/api/saved/agreements/my-treaty',
      payload: designed,
    });
    expect(r.statusCode).toBe(200);
    const bad = await app.inject({
      method: 'PUT',
      url: '/api/saved/agreements/my-treaty',
      payload: { ...designed, members: ['japan'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].pointer).toBe('/members/0');
    await app.close();
    temp.remove();
  });

  it('refuses an id the library already uses, which would replace the real treaty or architecture', async () => {
    const temp = tempDir();
    const app = await buildApp({ library: testLibrary(), workbenchDb: join(temp.dir, 'w.duckdb') });
    const pact = (await app.inject('/api/agreements/us-japan-1960')).json();
    const shadow = await app.inject({
      method: 'PUT',
      url: '/api/saved/agreements/us-japan-1960',
      payload: pact,
    });
    expect(shadow.statusCode).toBe(409);
    expect(shadow.json().error.code).toBe('shadows_library');
    expect(shadow.json().error.message).toMatch(/needs an id of its own/);
    const quo = (await app.inject('/api/architectures/status-quo')).json();
    const arch = await app.inject({
      method: 'PUT',
      url: '/api/saved/architectures/status-quo',
      payload: quo,
    });
    expect(arch.statusCode).toBe(409);
    expect((await app.inject('/api/saved/agreements')).json()).toEqual([]);
    await app.close();
    temp.remove();
  });

  it("keeps a comparison's setup, with the job's defaults and limits", async () => {
    const temp = tempDir();
    const options = { library: testLibrary(), workbenchDb: join(temp.dir, 'w.duckdb') };
    const first = await buildApp(options);
    const setup = { id: 'two-natos', name: 'Two NATOs', architectures: ['status-quo'], seed: 7 };
    const put = await first.inject({
      method: 'PUT',
      url: '/api/saved/comparisons/two-natos',
      payload: setup,
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().item).toEqual({ ...setup, trials: 2000, mode: 'probabilistic' });
    const tooMany = await first.inject({
      method: 'PUT',
      url: '/api/saved/comparisons/two-natos',
      payload: { ...setup, trials: 2_000_000 },
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.issues[0].pointer).toBe('/trials');
    const pact = testPact('my-pact', ['JPN', 'PHL']);
    const withPact = await first.inject({
      method: 'PUT',
      url: '/api/saved/comparisons/with-pact',
      payload: { ...setup, id: 'with-pact', extraAgreements: [pact] },
    });
    expect(withPact.statusCode).toBe(200);
    const badPact = await first.inject({
      method: 'PUT',
      url: '/api/saved/comparisons/with-pact',
      payload: { ...setup, id: 'with-pact', extraAgreements: [{ ...pact, members: ['japan'] }] },
    });
    expect(badPact.statusCode).toBe(400);
    expect(badPact.json().error.issues[0].pointer).toMatch(/^\/extraAgreements\/0\/members/);
    await first.close();
    const second = await buildApp(options);
    expect((await second.inject('/api/saved/comparisons/two-natos')).json().item.seed).toBe(7);
    expect(
      (await second.inject('/api/saved/comparisons/with-pact')).json().item.extraAgreements[0],
    ).toMatchObject({ id: 'my-pact', members: ['JPN', 'PHL'] });
    await second.close();
    temp.remove();
  });

  it('renames an item at once, body id included, and the new id survives a restart', async () => {
    const temp = tempDir();
    const options = { library: testLibrary(), workbenchDb: join(temp.dir, 'w.duckdb') };
    const first = await buildApp(options);
    await first.inject({
      method: 'PUT',
      url: '/api/saved/scenarios/my-landing',
      payload: scenario,
    });
    const renamed = await first.inject({
      method: 'POST',
      url: '/api/saved/scenarios/my-landing/rename',
      payload: { to: 'landing-two' },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ id: 'landing-two', item: { id: 'landing-two' } });
    await first.close();
    const second = await buildApp(options);
    const list = (await second.inject('/api/saved/scenarios')).json();
    expect(list.map((s: { id: string }) => s.id)).toEqual(['landing-two']);
    expect(list[0].item).toMatchObject({ id: 'landing-two', name: 'My landing' });
    await second.close();
    temp.remove();
  });

  it('duplicates an item beside the original', async () => {
    const temp = tempDir();
    const app = await buildApp({ library: testLibrary(), workbenchDb: join(temp.dir, 'w.duckdb') });
    await app.inject({ method: 'PUT', url: '/api/saved/scenarios/my-landing', payload: scenario });
    const copy = await app.inject({
      method: 'POST',
      url: '/api/saved/scenarios/my-landing/duplicate',
      payload: { to: 'my-landing-copy' },
    });
    expect(copy.statusCode).toBe(200);
    const list = (await app.inject('/api/saved/scenarios')).json();
    expect(list.map((s: { id: string; item: { id: string } }) => [s.id, s.item.id])).toEqual([
      ['my-landing', 'my-landing'],
      ['my-landing-copy', 'my-landing-copy'],
    ]);
    await app.close();
    temp.remove();
  });

  it('never renames or duplicates over another item, onto a library id, or from nothing', async () => {
    const temp = tempDir();
    const app = await buildApp({ library: testLibrary(), workbenchDb: join(temp.dir, 'w.duckdb') });
    await app.inject({ method: 'PUT', url: '/api/saved/scenarios/my-landing', payload: scenario });
    await app.inject({
      method: 'PUT',
      url: '/api/saved/scenarios/other',
      payload: { ...scenario, id: 'other', name: 'Other' },
    });
    const post = (url: string, to: string) => app.inject({ method: 'POST', url, payload: { to } });
    const taken = await post('/api/saved/scenarios/my-landing/rename', 'other');
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'already_saved' });
    expect(taken.json().error.message).toMatch(/already called "other"/);
    const over = await post('/api/saved/scenarios/my-landing/duplicate', 'other');
    expect(over.statusCode).toBe(409);
    const library = [...testLibrary().library.scenarios.keys()][0]!;
    const shadow = await post('/api/saved/scenarios/my-landing/rename', library);
    expect(shadow.statusCode).toBe(409);
    expect(shadow.json().error.code).toBe('shadows_library');
    const missing = await post('/api/saved/scenarios/nope/rename', 'fresh');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('unknown_saved_scenario');
    const list = (await app.inject('/api/saved/scenarios')).json();
    expect(list.map((s: { id: string; item: { name: string } }) => [s.id, s.item.name])).toEqual([
      ['my-landing', 'My landing'],
      ['other', 'Other'],
    ]);
    await app.close();
    temp.remove();
  });
});
