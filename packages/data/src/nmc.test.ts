import { join } from 'node:path';
import { asDate } from '@casus/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupCapabilities } from './capabilities.ts';
import { capabilityChoice, historicalInputs } from './history.ts';
import { importDatasets } from './import.ts';
import { readManifest } from './manifest.ts';
import { chooseNmcRelease, importedNmcReleases, type NmcRelease, parseNmcRelease } from './nmc.ts';
import { openStore, type Store } from './store.ts';
import { FIXTURE_CINC, writeNmcFixtures } from './testing/nmc-fixtures.ts';
import {
  needsSharedData,
  sharedDataAvailable,
  sharedDataDir,
  tempDir,
} from './testing/shared-data.ts';

const both = new Set<NmcRelease>(['6.0', '7.0']);

describe('which NMC release a year reads', () => {
  it('parses --nmc values', () => {
    expect(parseNmcRelease('7.0')).toBe('7.0');
    expect(parseNmcRelease('6')).toBe('6.0');
    expect(parseNmcRelease('8.0')).toBeUndefined();
  });

  it('6.0 up to 2016, 7.0 for 2017-2022, nothing after', () => {
    expect(chooseNmcRelease(1945, both).release).toBe('6.0');
    expect(chooseNmcRelease(2016, both).release).toBe('6.0');
    expect(chooseNmcRelease(2017, both)).toEqual({
      release: '7.0',
      why: 'the default after 2016: NMC 6.0 ends there',
    });
    expect(chooseNmcRelease(2022, both).release).toBe('7.0');
    expect(chooseNmcRelease(2023, both)).toEqual({
      why: 'no imported COW NMC release covers 2023 (6.0: 1816-2016; 7.0: 1816-2022)',
    });
  });

  it('takes the one imported when only one is, and says so', () => {
    expect(chooseNmcRelease(1945, new Set(['7.0']))).toEqual({
      release: '7.0',
      why: 'the store holds NMC 7.0 only',
    });
    expect(chooseNmcRelease(2020, new Set(['6.0'])).release).toBeUndefined();
    expect(chooseNmcRelease(2020, new Set()).why).toContain('holds no COW NMC');
  });

  it('a requested release wins, and is refused where it has no data or is not imported', () => {
    expect(chooseNmcRelease(1945, both, '7.0')).toEqual({ release: '7.0', why: '--nmc 7.0' });
    expect(chooseNmcRelease(2020, both, '6.0')).toEqual({
      why: '--nmc 6.0 asked for, and NMC 6.0 covers 1816-2016',
    });
    expect(chooseNmcRelease(1945, new Set(['6.0']), '7.0').why).toContain('no cow-nmc7');
  });
});

describe('NMC 7.0 beside 6.0, on hand-made files in their formats', () => {
  let store: Store;
  let dbPath: string;
  let warnings: string[];

  beforeAll(async () => {
    const root = await tempDir('nmc7');
    dbPath = join(root, 'casus.duckdb');
    const report = await importDatasets({
      dir: await writeNmcFixtures(join(root, 'data')),
      dbPath,
      only: ['cow-nmc', 'cow-nmc7', 'cow-capitals'],
    });
    warnings = report.warnings;
    store = await openStore(dbPath, { readOnly: true });
  });
  afterAll(() => store?.close());

  it('imports both releases into their own tables, with a manifest row each', async () => {
    expect(await importedNmcReleases(store.connection)).toEqual(both);
    const manifest = await readManifest(store.connection);
    expect(manifest.find((e) => e.dataset === 'cow-nmc7')).toMatchObject({
      version: '7.0',
      file: 'peacesciencer/cow_nmc.csv',
      rows: 8,
      pinned: false,
    });
    expect(manifest.find((e) => e.dataset === 'cow-nmc')).toMatchObject({ version: '6.0' });
    expect(warnings.some((w) => w.includes('not the pinned COW National Material'))).toBe(true);
  });

  it("reads peacesciencer's empty fields and COW's -9 as missing", async () => {
    const seven = await lookupCapabilities(store.connection, 2, 2020, '7.0');
    expect(seven).toMatchObject({ irst: null, milex: 1100, cinc: 0.17 });
    const six = await lookupCapabilities(store.connection, 2, 2010);
    expect(six).toMatchObject({ irst: null, milex: 1000, cinc: 0.2 });
    expect(await lookupCapabilities(store.connection, 2, 2020)).toBeUndefined();
  });

  it('gives CINC for 2020 from 7.0, where 6.0 has none, and the source line says so', async () => {
    const h = await historicalInputs(store.connection, asDate('2020-06-01'));
    expect(h?.release).toBe('7.0');
    expect(h?.inputs.capability('CHN' as never, 2020)).toBe(FIXTURE_CINC['7.0'][710][2020]);
    expect(h?.source).toMatch(/^COW NMC 7\.0 CINC for 2020 \(the default after 2016/);
    expect(
      await historicalInputs(store.connection, asDate('2020-06-01'), { nmc: '6.0' }),
    ).toBeUndefined();
    expect((await capabilityChoice(store.connection, asDate('2020-06-01'), '6.0')).why).toBe(
      '--nmc 6.0 asked for, and NMC 6.0 covers 1816-2016',
    );
    expect(await historicalInputs(store.connection, asDate('2023-01-01'))).toBeUndefined();
  });

  it('keeps 6.0 up to 2016 unless 7.0 is asked for', async () => {
    const six = await historicalInputs(store.connection, asDate('2010-06-01'));
    expect(six?.source).toMatch(/^COW NMC 6\.0 CINC for 2010/);
    expect(six?.inputs.capability('USA' as never, 2010)).toBe(FIXTURE_CINC['6.0'][2][2010]);
    const seven = await historicalInputs(store.connection, asDate('2010-06-01'), { nmc: '7.0' });
    expect(seven?.source).toMatch(/^COW NMC 7\.0 CINC for 2010 \(--nmc 7\.0\)/);
    expect(seven?.inputs.capability('USA' as never, 2010)).toBe(FIXTURE_CINC['7.0'][2][2010]);
  });

  it('uses 7.0 for every year when only 7.0 is imported', async () => {
    const root = await tempDir('nmc7-only');
    const only = join(root, 'casus.duckdb');
    await importDatasets({
      dir: await writeNmcFixtures(join(root, 'data'), { only7: true }),
      dbPath: only,
      only: ['cow-nmc7', 'cow-capitals'],
    });
    const s = await openStore(only, { readOnly: true });
    try {
      const h = await historicalInputs(s.connection, asDate('2010-06-01'));
      expect(h?.source).toMatch(/^COW NMC 7\.0 CINC for 2010 \(the store holds NMC 7\.0 only\)/);
    } finally {
      s.close();
    }
  });
});

describe.skipIf(!sharedDataAvailable)(`NMC 7.0 from the mirror${needsSharedData}`, () => {
  let store: Store;
  beforeAll(async () => {
    const dbPath = join(await tempDir('nmc7-real'), 'casus.duckdb');
    const report = await importDatasets({
      dir: sharedDataDir,
      dbPath,
      only: ['cow-nmc', 'cow-nmc7', 'cow-capitals'],
    });
    expect(report.warnings).toEqual([]);
    store = await openStore(dbPath, { readOnly: true });
  });
  afterAll(() => store?.close());

  it('imports the pinned file: 17,121 state-years 1816-2022, empty fields as NULL', async () => {
    const manifest = await readManifest(store.connection);
    expect(manifest.find((e) => e.dataset === 'cow-nmc7')).toMatchObject({
      version: '7.0',
      pinned: true,
      rows: 17_121,
    });
    const [row] = (
      await store.connection.runAndReadAll(
        'SELECT count(*)::INTEGER AS n, min(year) AS lo, max(year) AS hi, count(*) FILTER (WHERE milex IS NULL)::INTEGER AS gaps, count(*) FILTER (WHERE milex = -9)::INTEGER AS nines FROM cow_nmc7',
      )
    ).getRowObjectsJS();
    expect(row).toMatchObject({ n: 17_121, lo: 1816, hi: 2022, nines: 0 });
    expect(row?.gaps).toBeGreaterThan(0);
  });

  it('keeps the published 6.0 figure by default, and CINC sums to about 1 in 2022', async () => {
    const h = await historicalInputs(store.connection, asDate('1945-06-01'));
    expect(h?.inputs.capability('USA' as never, 1945)).toBeCloseTo(0.38386354, 8);
    expect(h?.release).toBe('6.0');
    const [sum] = (
      await store.connection.runAndReadAll(
        'SELECT sum(cinc) AS total FROM cow_nmc7 WHERE year = 2022',
      )
    ).getRowObjectsJS();
    expect(Number(sum?.total)).toBeCloseTo(1, 1);
  });

  it('answers 2020 from 7.0, with a CINC for the United States and China', async () => {
    const h = await historicalInputs(store.connection, asDate('2020-06-01'));
    expect(h?.release).toBe('7.0');
    expect(h?.inputs.capability('USA' as never, 2020)).toBeGreaterThan(0);
    expect(h?.inputs.capability('CHN' as never, 2020)).toBeGreaterThan(0);
  });
});
