/** The whole backtest timed as a user runs it: `casus backtest --json` over 1816–2007 in a process of its own, on a store of the research data. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchRow, benchRow } from '@casus/core';
import { BACKTEST_DATASETS, importDatasets } from '@casus/data';
import { timeCasus } from './casus-process.ts';

/**
 * Imports the datasets the backtest reads from `dataDir` into a temporary store (not timed), then
 * times `casus backtest --years 1816-2007 --json > /dev/null` from spawn to exit: Node starting,
 * the library and the store read, every war and pledge decided, the JSON written.
 * @example (await timeWholeBacktest('../shared/data')).unit // 's'
 */
export async function timeWholeBacktest(dataDir: string): Promise<BenchRow> {
  const dir = await mkdtemp(join(tmpdir(), 'casus-bench-backtest-'));
  try {
    const db = join(dir, 'casus.duckdb');
    await importDatasets({
      dir: dataDir,
      dbPath: db,
      only: [...BACKTEST_DATASETS.needed, ...BACKTEST_DATASETS.optional],
    });
    const args = ['backtest', '--years', '1816-2007', '--json'];
    const seconds = await timeCasus([...args, '--db', db]);
    return benchRow(
      `whole backtest as a user runs it: casus ${args.join(' ')} > /dev/null (95 wars, whole process, spawn to exit)`,
      seconds,
      's',
      { below: 60 },
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
