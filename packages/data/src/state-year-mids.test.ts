import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStateYears } from './commands/stateyears.ts';
import { importDatasets } from './import.ts';
import { stateYearsQuery } from './state-years.ts';
import { openStore, type Store } from './store.ts';
import { captureIo } from './testing/capture-io.ts';
import {
  needsSharedData,
  sharedDataAvailable,
  sharedDataDir,
  tempDir,
} from './testing/shared-data.ts';
import { storeRows } from './testing/store-rows.ts';

describe.skipIf(!sharedDataAvailable)(`state-year GML MIDs from gml_part${needsSharedData}`, () => {
  let store: Store;
  let dbPath: string;
  let dir: string;
  /** Each state-year's four columns, keyed "ccode year", for `ccode` over `from`-`to`. */
  const mids = async (ccode: number, from: number, to: number) => {
    const rows = await storeRows(
      store.connection,
      `SELECT year, gmlmidongoing, gmlmidonset, gmlmidongoing_init, gmlmidonset_init
       FROM (${stateYearsQuery({ from, to, with: ['gmlmids'] })}) WHERE ccode = ${ccode}`,
    );
    return Object.fromEntries(
      rows.map(({ year, ...r }) => [year, Object.values(r).join('')] as const),
    );
  };

  beforeAll(async () => {
    dir = await tempDir('state-year-mids');
    dbPath = join(dir, 'casus.duckdb');
    await importDatasets({ dir: sharedDataDir, dbPath, only: ['cow-states', 'gml-mids'] });
    store = await openStore(dbPath, { readOnly: true });
  });
  afterAll(() => store?.close());

  it('codes the Korean War (MID 51) for Canada and North Korea: onset in 1950, ongoing through 1953', async () => {
    // gml_part.csv, dispnum 51: Canada (20) 1950-1953, Side B, a joiner (orig 0); North Korea (731)
    // 1950-1953, Side A, an originator; North Korea is also in MID 2186 (1949) and 2244 (1954-1956).
    // Columns: ongoing, onset, ongoing_init, onset_init.
    expect(await mids(20, 1949, 1954)).toEqual({
      1949: '0000',
      1950: '1111',
      1951: '1010',
      1952: '1010',
      1953: '1010',
      1954: '0000',
    });
    expect(await mids(731, 1950, 1954)).toEqual({
      1950: '1111',
      1951: '1010',
      1952: '1010',
      1953: '1010',
      1954: '1111',
    });
  });

  it('takes onset_init from the MID that begins, not from another ongoing that year', async () => {
    // Cuba 1962, MID 61 (the missile crisis): Side B, an originator, so not "init".
    expect(await mids(40, 1962, 1963)).toEqual({ 1962: '1100', 1963: '0000' });
    // The UK in 1890: MID 9 (1889-1890, Side A) goes on, MID 1642 (1890, Side B originator) begins.
    expect((await mids(200, 1890, 1890))[1890]).toBe('1110');
  });

  it('leaves out participations without a known leader, as add_gml_mids() does, and is missing after 2010', async () => {
    // The USA's only 1839 participation, MID 15, has allmiss_leader_start or _end set.
    expect((await mids(2, 1839, 1839))[1839]).toBe('0000');
    const [after] = await storeRows(
      store.connection,
      `SELECT count(*) AS n, count(gmlmidongoing) AS coded FROM (${stateYearsQuery({ from: 2011, to: 2016, with: ['gmlmids'] })})`,
    );
    expect(after).toEqual({ n: expect.any(Number), coded: 0 });
    expect(after!.n).toBeGreaterThan(1000);
  });

  it('writes the columns through casus stateyears --with gmlmids', async () => {
    const out = join(dir, 'mids.csv');
    const run = captureIo();
    const args = ['--years', '1950-1950', '--with', 'gmlmids', '--out', out, '--db', dbPath];
    expect(await runStateYears(args, run.io), run.out.stderr).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe(
      'ccode,statenme,year,gmlmidongoing,gmlmidonset,gmlmidongoing_init,gmlmidonset_init',
    );
    expect(lines).toContain('20,Canada,1950,1,1,1,1');
  });
});
