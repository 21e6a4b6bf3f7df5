import { asDate } from '@casus/core';
import { describe, expect, it } from 'vitest';
import { cacheMissLoad } from './cache-miss-load.ts';
import { testApp, testLibrary } from './testing.ts';
import { createWorldCache } from './world-cache.ts';

describe('cacheMissLoad', () => {
  const { library } = testLibrary();
  const bodies = cacheMissLoad(library, { count: 400, seed: 5 });

  it('never asks for the same date and architecture twice, over the years 1950–2026', () => {
    const pairs = bodies.map((b) => `${b.date} ${b.architecture}`);
    expect(new Set(pairs).size).toBe(400);
    expect(new Set(bodies.map((b) => b.date)).size).toBeGreaterThan(390);
    for (const b of bodies) expect(b.date >= '1950-01-01' && b.date <= '2026-12-31').toBe(true);
    const years = bodies.map((b) => Number(b.date.slice(0, 4)));
    expect(Math.min(...years)).toBeLessThan(1960);
    expect(Math.max(...years)).toBeGreaterThan(2016);
  });

  it('misses a world cache on every request', () => {
    const cache = createWorldCache(library, 64);
    const worlds = new Set(
      bodies.map((b) => cache.get({ architecture: b.architecture, date: asDate(b.date) })),
    );
    expect(worlds.size).toBe(400);
  });

  it('comes round every pair once before any again, when asked for more than there are', () => {
    const perYear = 366 * library.architectures.size;
    const pairs = cacheMissLoad(library, { count: perYear + 20, seed: 2, years: [2000, 2000] }).map(
      (b) => `${b.date} ${b.architecture}`,
    );
    expect(new Set(pairs.slice(0, perYear)).size).toBe(perYear);
    expect(new Set(pairs.slice(perYear)).size).toBe(20);
  });

  it('targets library places and points anywhere on Earth no request repeats', () => {
    const targets = bodies.map((b) => b.events[0]!.target);
    const points = targets.flatMap((t) => ('at' in t && t.at ? [t.at] : []));
    expect(points.length).toBeGreaterThan(200);
    expect(new Set(points.map((p) => p.join())).size).toBe(points.length);
    expect(points.some(([, lat]) => lat < -45) && points.some(([, lat]) => lat > 45)).toBe(true);
    expect(points.some(([lon]) => lon < -90) && points.some(([lon]) => lon > 90)).toBe(true);
    const places = targets.flatMap((t) => (!('at' in t) && t.place ? [t.place] : []));
    expect(places.length).toBeGreaterThan(80);
    const ids = new Set<string>(library.places.keys());
    for (const p of places) expect(ids.has(p)).toBe(true);
  });

  it('gives the same bodies for the same seed, and only requests the API answers', async () => {
    expect(cacheMissLoad(library, { count: 400, seed: 5 })).toEqual(bodies);
    const app = await testApp();
    const codes = new Set<number>();
    for (const payload of bodies.slice(0, 60)) {
      const r = await app.inject({ method: 'POST', url: '/api/obligations', payload });
      codes.add(r.statusCode);
    }
    await app.close();
    expect([...codes]).toEqual([200]);
  });
});
