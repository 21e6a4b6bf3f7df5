import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DyadAddition, dyadYearsQuery, missingForDyads } from './dyads.ts';
import { importDatasets } from './import.ts';
import { openStore, type Store } from './store.ts';
import {
  needsSharedData,
  sharedDataAvailable,
  sharedDataDir,
  tempDir,
} from './testing/shared-data.ts';
import { storeRows } from './testing/store-rows.ts';

describe.skipIf(!sharedDataAvailable)(
  `minimum distance, COW MIDs and GML MIDs on dyad-years${needsSharedData}`,
  () => {
    let store: Store;
    const rows = (sql: string) => storeRows(store.connection, sql);
    const dyadYears = (years: [number, number], addition: DyadAddition, directed = false) =>
      rows(dyadYearsQuery({ from: years[0], to: years[1], directed, with: [addition] }));
    const raw = (path: string) => `'${join(sharedDataDir, path).replaceAll("'", "''")}'`;

    beforeAll(async () => {
      const dbPath = join(await tempDir('dyad-joins'), 'casus.duckdb');
      await importDatasets({
        dir: sharedDataDir,
        dbPath,
        only: ['cow-states', 'cow-mindist', 'cow-mid-dyads', 'gml-mids'],
      });
      store = await openStore(dbPath);
    });
    afterAll(() => store?.close());

    it('joins cow_mindist in either order, missing before 1886 (CShapes starts there)', async () => {
      // cow_mindist.csv.gz: 2,20,1950,0 (USA–Canada share a border); 2,41,1886,932.508131769762.
      const [y1950, y1886] = [
        await dyadYears([1950, 1950], 'mindist', true),
        await dyadYears([1886, 1886], 'mindist', true),
      ];
      expect(y1950.find((r) => r.ccode1 === 20 && r.ccode2 === 2)?.mindist).toBe(0);
      expect(y1886.find((r) => r.ccode1 === 41 && r.ccode2 === 2)?.mindist).toBeCloseTo(
        932.508131769762,
        9,
      );
      const before = await dyadYears([1885, 1885], 'mindist');
      expect(before.every((r) => r.mindist === null)).toBe(true);
    });

    it('gives MID 51 (Korea; Canada–China its only MID) onset in its MIDB start year, ongoing to its end', async () => {
      const midb = await rows(
        `SELECT ccode, styear, endyear FROM read_csv(${raw('cow/MIDB 5.0.csv')}) WHERE dispnum = 51 AND ccode IN (20, 710) ORDER BY ccode`,
      );
      expect(midb.map((r) => [r.ccode, r.styear, r.endyear])).toEqual([
        [20, 1950, 1953],
        [710, 1950, 1953],
      ]);
      const dyad = (await dyadYears([1949, 1954], 'cowmids')).filter(
        (r) => r.ccode1 === 20 && r.ccode2 === 710,
      );
      expect(dyad.map((r) => [r.year, r.dispnum, r.cowmidonset, r.cowmidongoing])).toEqual([
        [1949, null, 0, 0],
        [1950, 51, 1, 1],
        [1951, 51, 0, 1],
        [1952, 51, 0, 1],
        [1953, 51, 0, 1],
        [1954, null, 0, 0],
      ]);
    });

    it('keeps one of France–Italy’s three 1860 onsets (MIDs 112, 113, 306) by the whittle rules', async () => {
      // add_cow_mids()'s documentation names the case; the rules keep the highest fatality, then hostlev, ...
      const disputes = await rows(
        `SELECT dispnum, fatality, hostlev, mindur FROM read_csv(${raw('peacesciencer/cow_mid_disps.csv')}) WHERE dispnum IN (112, 113, 306) ORDER BY dispnum`,
      );
      expect(disputes).toHaveLength(3);
      const [kept] = (await dyadYears([1860, 1860], 'cowmids')).filter(
        (r) => r.ccode1 === 220 && r.ccode2 === 325,
      );
      const best = [...disputes].sort(
        (a, b) => b.fatality! - a.fatality! || b.hostlev! - a.hostlev! || b.mindur! - a.mindur!,
      )[0];
      expect(kept).toMatchObject({
        dispnum: best?.dispnum,
        cowmidonset: 1,
        fatality: best?.fatality,
      });
    });

    it('leaves onset and ongoing missing outside the data years: COW after 2014, GML after 2010', async () => {
      const cow = await dyadYears([2014, 2015], 'cowmids');
      expect(new Set(cow.filter((r) => r.year === 2015).map((r) => r.cowmidonset))).toEqual(
        new Set([null]),
      );
      expect(new Set(cow.filter((r) => r.year === 2014).map((r) => r.cowmidonset))).toEqual(
        new Set([0, 1]),
      );
      const gml = await dyadYears([2010, 2011], 'gmlmids');
      expect(new Set(gml.filter((r) => r.year === 2011).map((r) => r.gmlmidongoing))).toEqual(
        new Set([null]),
      );
    });

    it('gives GML MIDs one row per dyad-year, and directed rows init1/init2 (Side A or a joiner)', async () => {
      const directed = await dyadYears([1902, 1902], 'gmlmids', true);
      const usUk = directed.find((r) => r.ccode1 === 2 && r.ccode2 === 200);
      const ukUs = directed.find((r) => r.ccode1 === 200 && r.ccode2 === 2);
      // gml_dirdisp.csv: 2,2,200,1902,1,1,1,0,... (the US on Side A, both originators).
      expect(usUk).toMatchObject({ dispnum: 2, gmlmidonset: 1, init1: 1, init2: 0 });
      expect(ukUs).toMatchObject({ dispnum: 2, init1: 0, init2: 1 });
      const [dups] = await rows(
        'SELECT count(*) AS n FROM (SELECT ccode1, ccode2, year FROM gml_mid_ddydisps GROUP BY ALL HAVING count(*) > 1)',
      );
      expect(dups?.n).toBe(0);
      const plain = await dyadYears([1902, 1902], 'gmlmids');
      expect(Object.keys(plain[0]!)).not.toContain('init1');
    });

    it('names the dataset to import when a table is missing', async () => {
      await store.connection.run('DROP TABLE gml_mid_ddydisps');
      expect(
        await missingForDyads(store.connection, {
          from: 1900,
          to: 1900,
          with: ['gmlmids', 'cowmids'],
        }),
      ).toEqual(['gml-mids']);
    });
  },
);
