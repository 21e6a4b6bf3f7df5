import { describe, expect, it } from 'vitest';
import { obligationsMix } from './obligations-mix.ts';
import { testApp, testLibrary } from './testing.ts';

describe('obligationsMix', () => {
  const { library } = testLibrary();
  const bodies = obligationsMix(library, { count: 300, seed: 7 });

  it('draws as many distinct bodies as asked, over many dates and every architecture', () => {
    expect(bodies).toHaveLength(300);
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(300);
    expect(new Set(bodies.map((b) => b.date)).size).toBeGreaterThan(250);
    expect(new Set(bodies.map((b) => b.architecture))).toEqual(
      new Set(library.architectures.keys()),
    );
    for (const b of bodies) expect(b.date >= '1950-01-01' && b.date <= '2026-12-31').toBe(true);
  });

  it('targets places, assets at places and assets at coordinates no request repeats', () => {
    const targets = bodies.map((b) => b.events[0]!.target);
    const coordinates = targets.flatMap((t) => ('at' in t && t.at ? [t.at.join()] : []));
    expect(coordinates.length).toBeGreaterThan(50);
    expect(new Set(coordinates).size).toBe(coordinates.length);
    expect(targets.filter((t) => !('state' in t)).length).toBeGreaterThan(50);
    expect(new Set(targets.flatMap((t) => (t.place ? [t.place] : []))).size).toBeGreaterThan(30);
  });

  it('gives the same bodies for the same seed, and only requests the API answers', async () => {
    expect(obligationsMix(library, { count: 300, seed: 7 })).toEqual(bodies);
    const app = await testApp();
    const codes = new Set<number>();
    for (const payload of bodies.slice(0, 100)) {
      const r = await app.inject({ method: 'POST', url: '/api/obligations', payload });
      codes.add(r.statusCode);
    }
    await app.close();
    expect([...codes]).toEqual([200]);
  });
});
