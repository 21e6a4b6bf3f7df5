import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { carryAssumption, importDatasets, openStore, systemEnd } from '@casus/data';
import {
  needsSharedData,
  sharedDataAvailable,
  sharedDataDir,
  tempDir,
} from '@casus/data/testing/shared-data';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../testing.ts';

interface Answer {
  year: number;
  carryTo: number | null;
  assumptions: string[];
  coverage: { from: number; to: number };
  summary: { nodes: number; edges: number; communities: number };
  nodes: { ccode: number; iso3: string; degree: number; community?: number }[];
  ties: [number, number][];
  data: { dataset: string; sha256: string }[];
  definitions: string[];
  cached: boolean;
}

describe('GET /api/network without the research data', () => {
  it('is a 503 that says to run casus data import', async () => {
    const app = await testApp();
    const r = await app.inject('/api/network?year=1950');
    expect(r.statusCode).toBe(503);
    expect(r.json().error.hint).toContain('casus data import');
    await app.close();
  });
});

describe.skipIf(!sharedDataAvailable)(
  `GET /api/network on ATOP 5.1 and states2016${needsSharedData}`,
  () => {
    let app: FastifyInstance;
    let dir = '';
    /** The United States' defence partners among the 1950 system members, counted in SQL. */
    let usaPartners1950 = 0;
    /** The members of the COW system's last day, and ATOP 2018's defence pairs among them, in SQL. */
    let lastMembers: number[] = [];
    let defence2018: string[] = [];
    /** The data package's words for carrying them to 2018, as `casus network` states them. */
    let assumption2018 = '';
    beforeAll(async () => {
      dir = await tempDir('network-route');
      const db = join(dir, 'casus.duckdb');
      await importDatasets({ dir: sharedDataDir, dbPath: db, only: ['atop', 'cow-states'] });
      const store = await openStore(db, { readOnly: true });
      const reader = await store.connection.runAndReadAll(
        `SELECT count(DISTINCT if(stateA = 2, stateB, stateA))::INTEGER FROM atop_ddyr
         WHERE year = 1950 AND defense = 1 AND 2 IN (stateA, stateB) AND stateA <> stateB
           AND if(stateA = 2, stateB, stateA) IN (SELECT ccode FROM cow_states
             WHERE year(stdate) <= 1950 AND year(enddate) >= 1950)`,
      );
      usaPartners1950 = Number(reader.getRows()[0]![0]);
      const last = await store.connection.runAndReadAll(
        `SELECT DISTINCT ccode::INTEGER FROM cow_states
         WHERE enddate = (SELECT max(enddate) FROM cow_states) ORDER BY 1`,
      );
      lastMembers = last.getRows().map((r) => Number(r[0]));
      const pairs = await store.connection.runAndReadAll(
        `SELECT DISTINCT least(stateA, stateB)::INTEGER, greatest(stateA, stateB)::INTEGER
         FROM atop_ddyr WHERE year = 2018 AND defense = 1 AND stateA <> stateB
           AND stateA IN (${lastMembers.join(',')}) AND stateB IN (${lastMembers.join(',')})`,
      );
      defence2018 = pairs.getRows().map((r) => `${r[0]}-${r[1]}`);
      assumption2018 = carryAssumption((await systemEnd(store.connection))!, 2018);
      store.close();
      app = await testApp({ dataDb: db });
    }, 180_000);
    afterAll(async () => {
      await app?.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const get = async (query: string) => app.inject(`/api/network?${query}`);

    it('ties NATO’s founders by defence in 1950, and gives the United States the degree its ATOP rows give', async () => {
      const r = await get('year=1950&type=defense');
      expect(r.statusCode, r.body).toBe(200);
      const a = r.json() as Answer;
      const ties = new Set(a.ties.map(([s, t]) => `${s}-${t}`));
      expect(ties.has('2-200')).toBe(true); // the United States and the United Kingdom
      expect(ties.has('2-220')).toBe(true); // and France
      const usa = a.nodes.find((n) => n.iso3 === 'USA')!;
      expect(usaPartners1950).toBeGreaterThan(20); // the Rio Treaty's members and NATO's
      expect(usa.degree).toBe(usaPartners1950);
      expect(usa.degree).toBe(a.ties.filter((t) => t.includes(2)).length);
      expect(a.summary.edges).toBe(a.ties.length);
      expect(a.summary.nodes).toBe(a.nodes.length);
      expect(a.coverage).toEqual({ from: 1816, to: 2016 });
      expect(a.data.map((d) => d.dataset).sort()).toEqual(['atop', 'cow-states']);
      expect(a.data.every((d) => /^[0-9a-f]{64}$/.test(d.sha256))).toBe(true);
      expect(a.definitions.join(' ')).toContain('Louvain');
    });

    it('keeps an answer per year, type, region and seed, and says which were kept', async () => {
      const first = (await get('year=1962&type=any&seed=3')).json() as Answer;
      const again = (await get('year=1962&type=any&seed=3')).json() as Answer;
      expect(first.cached).toBe(false);
      expect(again.cached).toBe(true);
      expect({ ...again, cached: false }).toEqual(first);
      const europe = (await get('year=1962&type=any&seed=3&region=europe')).json() as Answer;
      expect(europe.cached).toBe(false);
      expect(europe.nodes.every((n) => n.ccode >= 200 && n.ccode < 400)).toBe(true);
    });

    it('answers a year without a tie of the type (no offence pledge after the Cold War) with no ties and no communities', async () => {
      const r = await get('year=2000&type=offense');
      expect(r.statusCode, r.body).toBe(200);
      const a = r.json() as Answer;
      expect(a.summary.edges).toBe(0);
      expect(a.summary.communities).toBe(0);
      expect(a.nodes.length).toBeGreaterThan(0);
      expect(a.nodes.every((n) => n.degree === 0 && n.community === undefined)).toBe(true);
    });

    it('carries the 2016 members through 2018 with carryTo, with ATOP 2018’s defence pairs among them, and states the assumption in the CLI’s words', async () => {
      const r = await get('year=2018&type=defense&carryTo=2018');
      expect(r.statusCode, r.body).toBe(200);
      const a = r.json() as Answer;
      expect(lastMembers.length).toBe(195);
      expect(a.nodes.map((n) => n.ccode).sort((x, y) => x - y)).toEqual(lastMembers);
      expect(defence2018.length).toBeGreaterThan(100);
      expect(a.ties.map(([s, t]) => `${s}-${t}`).sort()).toEqual([...defence2018].sort());
      expect(a.carryTo).toBe(2018);
      expect(a.coverage).toEqual({ from: 1816, to: 2018 });
      expect(a.assumptions).toEqual([assumption2018]);
      expect(a.assumptions[0]).toContain(
        '195 members of the COW state system on its last day, 2016-12-31',
      );
      expect(a.assumptions[0]).toContain('--carry-system-to 2018');
    });

    it('states no assumption for a year the system covers, yet keeps the carried answer apart', async () => {
      const plain = (await get('year=2010&type=nonagg')).json() as Answer;
      const carried = (await get('year=2010&type=nonagg&carryTo=2018')).json() as Answer;
      expect(plain.cached).toBe(false);
      expect(carried.cached).toBe(false);
      expect(plain).toMatchObject({ carryTo: null, assumptions: [], coverage: { to: 2016 } });
      expect(carried).toMatchObject({ carryTo: 2018, assumptions: [], coverage: { to: 2018 } });
      expect(carried.ties).toEqual(plain.ties);
    });

    it('refuses 2017 without carryTo in words that name it, and a carryTo that is no year to carry to', async () => {
      const later = await get('year=2017');
      expect(later.statusCode).toBe(400);
      expect(later.json().error.message).toContain('covers 1816–2016');
      expect(later.json().error.issues[0]).toMatchObject({
        pointer: '/year',
        expected: expect.stringContaining('add carryTo=2018'),
      });
      const word = await get('year=2018&carryTo=soon');
      expect(word.statusCode).toBe(400);
      expect(word.json().error.issues[0]).toMatchObject({
        pointer: '/carryTo',
        expected: expect.stringContaining('e.g. 2018'),
      });
      const past = await get('year=2018&carryTo=2019');
      expect(past.statusCode).toBe(400);
      expect(past.json().error.issues[0]).toMatchObject({
        pointer: '/carryTo',
        message: '2019 is not a year ATOP covers',
      });
      const within = await get('year=2010&carryTo=2016');
      expect(within.statusCode).toBe(400);
      expect(within.json().error.issues[0].message).toContain('already runs to 2016');
      const beyond = await get('year=2019&carryTo=2018');
      expect(beyond.statusCode).toBe(400);
      expect(beyond.json().error.message).toContain('covers 1816–2018');
    });

    it('refuses, in words, a year that is not a number or outside the store, and an unknown type or region', async () => {
      const word = await get('year=nineteen');
      expect(word.statusCode).toBe(400);
      expect(word.json().error.issues[0]).toMatchObject({
        pointer: '/year',
        expected: expect.stringContaining('a year as a number'),
      });
      const early = await get('year=1700');
      expect(early.statusCode).toBe(400);
      expect(early.json().error.message).toContain('covers 1816–2016');
      const type = await get('year=1950&type=friendship');
      expect(type.statusCode).toBe(400);
      expect(type.json().error.issues[0].expected).toContain('"defense", "offense"');
      const region = await get('year=1950&region=atlantis');
      expect(region.statusCode).toBe(400);
      expect(region.json().error.issues[0].expected).toContain('"europe"');
    });
  },
);
