import { join } from 'node:path';
import { asDate, findObligations, type Library, loadLibrary, prepareWorld } from '@casus/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryFiles } from '../../core/test/library-files.ts';
import { historicalInputs, historicalLibrary } from './history.ts';
import { importDatasets } from './import.ts';
import { openStore, type Store } from './store.ts';
import {
  needsSharedData,
  sharedDataAvailable,
  sharedDataDir,
  tempDir,
} from './testing/shared-data.ts';

describe.skipIf(!sharedDataAvailable)(`the library with history${needsSharedData}`, () => {
  let store: Store;
  let curated: Library;
  beforeAll(async () => {
    const dbPath = join(await tempDir('history'), 'casus.duckdb');
    await importDatasets({ dir: sharedDataDir, dbPath, only: ['atop', 'cow-capitals'] });
    store = await openStore(dbPath, { readOnly: true });
    const lib = loadLibrary(libraryFiles());
    if (!lib.ok) throw new Error('the curated library does not load');
    curated = lib.value;
  });
  afterAll(() => store?.close());

  it('answers for 1914: France must defend Russia against Germany (ATOP 1385)', async () => {
    const date = asDate('1914-08-02');
    const h = await historicalLibrary(store.connection, curated, date);
    expect(h.added).toBeGreaterThan(10);
    const world = prepareWorld(h.library, { architecture: 'status-quo', date });
    const findings = findObligations(world, {
      actor: 'DEU',
      kind: 'armed-attack',
      target: { place: 'RUS.european' },
      severity: 'high',
    } as never);
    const france = findings.find((f) => f.obligor === 'FRA' && f.obligation === 'must-defend');
    expect(france).toMatchObject({ agreement: 'atop-1385', fired: true, beneficiary: 'RUS' });
  });

  it('places a state the gazetteer lacks at its capital: Austria-Hungary at Vienna', async () => {
    const h = await historicalLibrary(store.connection, curated, asDate('1914-08-02'));
    const vienna = h.library.places.get('AUH.territory' as never);
    expect(vienna).toMatchObject({ administeredBy: 'AUH', tags: ['metropolitan'] });
    const [lng, lat] = vienna!.geometry.coordinates as [number, number];
    expect(lat).toBeCloseTo(48.2, 0);
    expect(lng).toBeCloseTo(16.4, 0);
  });

  it('lets a curated agreement replace its ATOP coding, and reports how they differ', async () => {
    const h = await historicalLibrary(store.connection, curated, asDate('2000-01-01'));
    expect(h.library.agreements.has('us-japan-1960' as never)).toBe(true);
    expect(h.library.agreements.has('atop-3375' as never)).toBe(false);
    expect(h.differences.some((d) => d.curatedId === 'us-japan-1960')).toBe(true);
  });
});

describe.skipIf(!sharedDataAvailable)(
  `COW capabilities for the deterrence ratio${needsSharedData}`,
  () => {
    it('gives CINC and capitals up to 2016, and nothing after (the proxy serves)', async () => {
      const dbPath = join(await tempDir('history-nmc'), 'casus.duckdb');
      await importDatasets({ dir: sharedDataDir, dbPath, only: ['cow-nmc', 'cow-capitals'] });
      const store = await openStore(dbPath, { readOnly: true });
      try {
        const h = await historicalInputs(store.connection, asDate('1945-06-01'));
        expect(h?.inputs.capability('USA' as never, 1945)).toBeCloseTo(0.38386354, 6);
        const [lng, lat] = h!.inputs.capital('USA' as never)!;
        expect([Math.round(lng), Math.round(lat)]).toEqual([-77, 39]);
        expect(await historicalInputs(store.connection, asDate('2020-01-01'))).toBeUndefined();
      } finally {
        store.close();
      }
    });
  },
);
