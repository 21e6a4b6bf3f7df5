/** The data benchmark: import of all datasets, then dyad-years 1816-2016 with ATOP, NMC and contiguity. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchRow, benchRow } from '@casus/core';
import { writeDyadYears } from './dyads.ts';
import { importDatasets } from './import.ts';
import { defaultDataDir } from './paths.ts';
import { openStore } from './store.ts';

/**
 * Peak resident memory of this process so far, in MB (DuckDB's memory included). It is the
 * process's lifetime peak, so it speaks for the data suite only when the suite has its own
 * process, as `casus bench` gives it.
 */
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

/**
 * Runs the benchmark against a folder laid out like shared/data (default: the fetched data
 * folder), in a temporary directory.
 * @example console.table(await runDataBench('../shared/data'))
 */
export async function runDataBench(dataDir: string = defaultDataDir()): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'casus-bench-'));
  try {
    const dbPath = join(dir, 'casus.duckdb');
    let started = performance.now();
    await importDatasets({ dir: dataDir, dbPath });
    const importSeconds = (performance.now() - started) / 1000;
    const importPeak = peakRssMb();
    const store = await openStore(dbPath, { readOnly: true });
    started = performance.now();
    const rows = await writeDyadYears(
      store.connection,
      { from: 1816, to: 2016, with: ['atop', 'nmc', 'contiguity'] },
      join(dir, 'dyads.parquet'),
    );
    const dyadSeconds = (performance.now() - started) / 1000;
    store.close();
    return [
      benchRow('import all datasets', importSeconds, 's', { below: 60 }),
      benchRow('peak RSS after the import (process peak so far)', importPeak, 'MB', {
        below: 2048,
      }),
      benchRow('dyad-years 1816-2016 (atop, nmc, contiguity)', dyadSeconds, 's', { below: 60 }),
      benchRow(`dyad-years rate (${rows} rows)`, rows / dyadSeconds, 'rows/s'),
      benchRow('peak RSS after dyad-years (process peak, the import included)', peakRssMb(), 'MB', {
        below: 2048,
      }),
      benchRow('import and dyad-years together', importSeconds + dyadSeconds, 's', { below: 60 }),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
