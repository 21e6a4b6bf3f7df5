/** A soak of the obligations route: 20,000 events at distinct coordinates leave the caches within their bounds and the heap flat. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './start.ts';
import { tempDir, testLibrary } from './testing.ts';
import { createWorldCache, type WorldCache } from './world-cache.ts';

const WORLDS = 4;
const ANSWERS = 256;
const REQUESTS = 1000;
const EVENTS_PER_REQUEST = 20;
const IN_FLIGHT = 8;
/** How far the heap may grow, after collection, between the first hundred requests and the end. */
const HEAP_GROWTH_LIMIT = 48 * 2 ** 20;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const dates = ['2024-11-01', '2023-06-01', '2021-01-01', '2019-03-01', '2016-07-01', '2012-01-01'];

/** Request n: twenty armed attacks on Japanese, Korean or Philippine forces, each at coordinates no other event uses. */
function body(n: number) {
  const events = Array.from({ length: EVENTS_PER_REQUEST }, (_, k) => {
    const i = n * EVENTS_PER_REQUEST + k;
    return {
      actor: i % 2 ? 'CHN' : 'PRK',
      kind: 'armed-attack',
      target: {
        state: ['JPN', 'KOR', 'PHL'][i % 3],
        asset: 'armed-forces',
        at: [100 + (i % 800) / 10, -10 + Math.floor(i / 800) / 10 + (i % 7) / 1000],
      },
    };
  });
  return { date: dates[Math.floor(n / 50) % dates.length], events };
}

describe('the obligations route under a soak of distinct coordinates', () => {
  let server: RunningServer;
  let worlds: WorldCache;
  let db: { dir: string; remove(): void };
  beforeAll(async () => {
    db = tempDir();
    worlds = createWorldCache(testLibrary().library, WORLDS, ANSWERS);
    server = await startServer({
      port: 0,
      library: testLibrary(),
      worlds,
      workbenchDb: `${db.dir}/w.duckdb`,
    });
  });
  afterAll(async () => {
    await server.close();
    db.remove();
  });

  it('keeps every cache within its bound, and the heap within 48 MB of where it started', async () => {
    const url = new URL('/api/obligations', server.url);
    const post = async (n: number) => {
      const r = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body(n)),
      });
      expect(r.status).toBe(200);
      const answer = (await r.json()) as { findings: unknown[] };
      expect(answer.findings.length).toBeGreaterThan(0);
    };
    let next = 0;
    let baseline = 0;
    let largest = { worlds: 0, answers: 0 };
    const worker = async () => {
      while (next < REQUESTS) {
        const n = next++;
        await post(n);
        largest = {
          worlds: Math.max(largest.worlds, worlds.size),
          answers: Math.max(largest.answers, worlds.answers.size),
        };
        if (n === 100) baseline = heapAfterGc();
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    console.log(
      `soak: ${REQUESTS} requests in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(largest).toEqual({ worlds: WORLDS, answers: ANSWERS });
    const growth = heapAfterGc() - baseline;
    expect(growth).toBeLessThan(HEAP_GROWTH_LIMIT);
  }, 60_000);
});
