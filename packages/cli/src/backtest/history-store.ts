/** The research-data store `casus backtest` and `casus fit` read: opened read-only, checked for what they need, closed before any case is decided. */
import { existsSync } from 'node:fs';
import type { Library } from '@casus/core';
import {
  type BacktestData,
  defaultDbPath,
  type FitData,
  loadBacktestData,
  loadFitData,
  missingBacktestDatasets,
  openStore,
} from '@casus/data';
import { InputError } from '../command.ts';

function storeError(message: string, hint: string): InputError {
  return new InputError([
    {
      code: 'invalid_value',
      severity: 'error',
      file: '--db',
      pointer: '',
      message,
      expected: 'a DuckDB file made by casus data import, holding atop and cow-wars',
      hint,
    },
  ]);
}

/**
 * The wars, alliances and places of the store at `db` (default: the one `casus data import`
 * writes), and with `fitData` the majors, democracy and depth the fit adds; a missing store or
 * dataset is bad input that names the import to run.
 * @example const { data } = await readHistoryStore(undefined, ctx.library, false)
 */
export async function readHistoryStore(
  db: string | undefined,
  library: Library,
  fitData: true,
): Promise<{ data: BacktestData; extra: FitData }>;
export async function readHistoryStore(
  db: string | undefined,
  library: Library,
  fitData: boolean,
): Promise<{ data: BacktestData; extra: FitData | undefined }>;
export async function readHistoryStore(
  db: string | undefined,
  library: Library,
  fitData: boolean,
): Promise<{ data: BacktestData; extra: FitData | undefined }> {
  const path = db ?? defaultDbPath();
  if (!existsSync(path))
    throw storeError(
      `no research-data store at ${path}`,
      'run `casus data import DIR` (or `casus data fetch`, then `casus data import`) first',
    );
  const store = await openStore(path, { readOnly: true });
  try {
    const missing = await missingBacktestDatasets(store.connection);
    if (missing.length > 0)
      throw storeError(
        `the store at ${path} lacks ${missing.join(' and ')}`,
        `run \`casus data import DIR --only ${missing.join(',')}\` first`,
      );
    const data = await loadBacktestData(store.connection, library);
    return { data, extra: fitData ? await loadFitData(store.connection) : undefined };
  } finally {
    store.close();
  }
}
