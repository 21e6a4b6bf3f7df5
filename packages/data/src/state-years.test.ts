import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStateYears } from './commands/stateyears.ts';
import { dyadYearsQuery } from './dyads.ts';
import { importDatasets } from './import.ts';
import { missingForStateYears, stateYearsQuery } from './state-years.ts';
import { openStore, type Store } from './store.ts';
import { captureIo } from './testing/capture-io.ts';
import {
  needsSharedData,
  sharedDataAvailable,
  sharedDataDir,
  tempDir,
} from './testing/shared-data.ts';
import { storeRows } from './testing/store-rows.ts';

describe.skipIf(!sharedDataAvailable)(
  `state-years against the COW system${needsSharedData}`,
  () => {
    let store: Store;
    let dir: string;
    let dbPath: string;
    const rows = (sql: string) => storeRows(store.connection, sql);
    const raw = (path: string) => `'${join(sharedDataDir, path).replaceAll("'", "''")}'`;

    beforeAll(async () => {
      dir = await tempDir('state-years');
      dbPath = join(dir, 'casus.duckdb');
      await importDatasets({
        dir: sharedDataDir,
        dbPath,
        only: ['cow-states', 'cow-nmc7', 'democracy', 'cow-majors', 'cow-capitals', 'cow-mindist'],
      });
      store = await openStore(dbPath, { readOnly: true });
    });
    afterAll(() => store?.close());

    it('has exactly the state-years of COW system2016.csv in 1816-2016 (15,951)', async () => {
      const query = stateYearsQuery({ from: 1816, to: 2016 });
      const [diff] = await rows(`SELECT
      (SELECT count(*) FROM (${query})) AS ours,
      (SELECT count(*) FROM read_csv(${raw('cow/system2016.csv')})) AS cow,
      (SELECT count(*) FROM (SELECT ccode, year FROM (${query}) EXCEPT SELECT ccode, year FROM read_csv(${raw('cow/system2016.csv')}))) AS extra`);
      expect(diff).toEqual({ ours: 15_951, cow: 15_951, extra: 0 });
    });

    it('adds democracy as ccode_democracy.csv has it, NMC 7.0 and major-power status', async () => {
      // ccode_democracy.csv: 2,1950,0.587,10,1.27010633019339; cow_nmc.csv (7.0): USA 1945 CINC 0.38386354.
      const [usa1950] = await rows(
        `SELECT * FROM (${stateYearsQuery({ from: 1950, to: 1950, with: ['democracy', 'majors'] })}) WHERE ccode = 2`,
      );
      expect(usa1950).toEqual({
        ccode: 2,
        statenme: 'United States of America',
        year: 1950,
        v2x_polyarchy: 0.587,
        polity2: 10,
        xm_qudsest: 1.27010633019339,
        cowmaj: 1,
      });
      const [usa1945] = await rows(
        `SELECT cinc FROM (${stateYearsQuery({ from: 1945, to: 1945, with: ['nmc'] })}) WHERE ccode = 2`,
      );
      expect(usa1945?.cinc).toBeCloseTo(0.38386354, 8);
    });

    it('gives each state its nearest capital and nearest neighbour: the least capdist and mindist of its dyads', async () => {
      const query = (y: number) =>
        stateYearsQuery({ from: y, to: y, with: ['capdist', 'mindist'] });
      const [usa] = await rows(`SELECT * FROM (${query(1950)}) WHERE ccode = 2`);
      // Canada borders the United States (cow_mindist.csv.gz: 2,20,1950,0), and Ottawa is its nearest
      // capital: the least capdist of the US's dyad-years in 1950.
      const [nearest] = await rows(
        `SELECT ccode2, capdist FROM (${dyadYearsQuery({ from: 1950, to: 1950, directed: true, with: ['capdist'] })}) WHERE ccode1 = 2 ORDER BY capdist LIMIT 1`,
      );
      expect(nearest?.ccode2).toBe(20);
      expect(usa).toMatchObject({ mincapdist: nearest?.capdist, minmindist: 0 });
      const [early] = await rows(`SELECT minmindist FROM (${query(1850)}) WHERE ccode = 2`);
      expect(early?.minmindist).toBeNull();
    });

    it('writes CSV through the command, columns in --with order, and names a missing dataset', async () => {
      const out = join(dir, 'states.csv');
      const run = captureIo();
      const args = [
        '--years',
        '1816-1816',
        '--with',
        'majors,democracy',
        '--out',
        out,
        '--db',
        dbPath,
      ];
      expect(await runStateYears(args, run.io)).toBe(0);
      const lines = readFileSync(out, 'utf8').trim().split('\n');
      expect(lines[0]).toBe('ccode,statenme,year,cowmaj,v2x_polyarchy,polity2,xm_qudsest');
      expect(lines[1]).toBe('2,United States of America,1816,0,0.367,9,0.707117469757593');
      expect(run.out.stdout).toContain('wrote 23 state-years');
      expect(
        await missingForStateYears(store.connection, {
          from: 1816,
          to: 1816,
          with: ['nmc'],
          nmc: '6.0',
        }),
      ).toEqual(['cow-nmc']);
    });

    it('refuses bad input with exit 1 and a message that says what was expected', async () => {
      const cases: [string[], string][] = [
        [
          ['--years', '1816-2016', '--with', 'cowmids', '--out', 'x.csv'],
          'the others are dyadic: casus dyads',
        ],
        [['--years', '2016-1816', '--out', 'x.csv'], '--years expects a range'],
        [['--years', '1816-2016', '--out', 'x.xlsx'], '--out expects a file ending in .csv'],
        [['--years', '1816-2017', '--out', join(dir, 'y.csv'), '--db', dbPath], 'covers 1816-2016'],
        [['--years', '1816', '--nmc', '8.0', '--out', 'x.csv'], '--nmc expects 6.0 or 7.0'],
      ];
      for (const [args, message] of cases) {
        const run = captureIo();
        expect(await runStateYears(args, run.io)).toBe(1);
        expect(run.out.stderr).toContain(message);
      }
    });
  },
);
