/** The data benchmark: import of all datasets, then dyad-years 1816-2016 with ATOP, NMC and contiguity. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDyadYears } from './dyads.ts';
import { importDatasets } from './import.ts';
import { defaultDataDir } from './paths.ts';
import { openStore } from './store.ts';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  target: string;
}

/** Peak resident memory of this process so far, in MB (DuckDB's memory included). */
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
      {
        name: 'import all datasets',
        value: round(importSeconds),
        unit: 's',
        target: '< 60 s in all',
      },
      {
        name: 'import peak memory',
        value: Math.round(importPeak),
        unit: 'MB',
        target: '< 2048 MB',
      },
      {
        name: 'dyad-years 1816-2016 (atop, nmc, contiguity)',
        value: round(dyadSeconds),
        unit: 's',
        target: '< 60 s in all',
      },
      {
        name: 'dyad-years rate',
        value: Math.round(rows / dyadSeconds),
        unit: 'rows/s',
        target: `${rows} rows`,
      },
      {
        name: 'dyad-years peak memory',
        value: Math.round(peakRssMb()),
        unit: 'MB',
        target: '< 2048 MB',
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const round = (n: number) => Math.round(n * 100) / 100;
