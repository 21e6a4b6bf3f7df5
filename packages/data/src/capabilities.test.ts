import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCapabilities, lookupCapabilities, lookupCapital } from './capabilities.ts';
import { importDatasets } from './import.ts';
import { openStore, type Store } from './store.ts';
import {
  needsSharedData,
  sharedDataAvailable,
  sharedDataDir,
  tempDir,
} from './testing/shared-data.ts';

describe.skipIf(!sharedDataAvailable)(
  `capabilities from COW NMC and capitals${needsSharedData}`,
  () => {
    let store: Store;
    beforeAll(async () => {
      const dbPath = join(await tempDir('cap'), 'casus.duckdb');
      await importDatasets({ dir: sharedDataDir, dbPath, only: ['cow-nmc', 'cow-capitals'] });
      store = await openStore(dbPath, { readOnly: true });
    });
    afterAll(() => store?.close());

    it('gives the CINC of the United States in 1945', async () => {
      const usa = await lookupCapabilities(store.connection, 2, 1945);
      expect(usa?.cinc).toBeCloseTo(0.38386354, 8);
      expect(usa?.milex).toBe(90_000_000);
    });

    it('sums CINC to about 1 over the system in a year', async () => {
      const year = await loadCapabilities(store.connection, 1914);
      const total = [...year.values()].reduce((s, r) => s + (r.cinc ?? 0), 0);
      expect(total).toBeCloseTo(1, 1);
    });

    it('has nothing after NMC 6.0 ends in 2016', async () => {
      expect(await lookupCapabilities(store.connection, 2, 2017)).toBeUndefined();
    });

    it('finds capitals by date, following moves', async () => {
      expect((await lookupCapital(store.connection, 740, '1960-06-23'))?.capital).toBe('Tokyo');
      const brazil1950 = await lookupCapital(store.connection, 140, '1950-01-01');
      const brazil1970 = await lookupCapital(store.connection, 140, '1970-01-01');
      expect(brazil1950?.capital).not.toBe(brazil1970?.capital);
    });
  },
);
