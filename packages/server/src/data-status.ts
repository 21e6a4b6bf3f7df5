/** What the research-data database holds, as the API reports it: every dataset loaded or missing. */
import { defaultDbPath, readStatus, type StoreStatus } from '@casus/data';
import { ApiError } from './errors.ts';

export interface DataStatus {
  dbPath: string;
  exists: boolean;
  /** Ids of the datasets imported, and of those not. */
  loaded: string[];
  missing: string[];
  datasets: StoreStatus['datasets'];
  /** When something is missing: the command to run. */
  hint?: string;
}

/**
 * Reads the data database's manifest (read-only); a database that cannot be opened is a 503.
 * @example (await readDataStatus('/nowhere.duckdb')).missing // ['atop', 'cow-states', ...]
 */
export async function readDataStatus(dbPath = defaultDbPath()): Promise<DataStatus> {
  let status: StoreStatus;
  try {
    status = await readStatus(dbPath);
  } catch (error) {
    throw new ApiError(
      503,
      'data_unavailable',
      `the data database cannot be read: ${(error as Error).message}`,
    );
  }
  const loaded = status.datasets.filter((d) => d.loaded).map((d) => d.id);
  const missing = status.datasets.filter((d) => !d.loaded).map((d) => d.id);
  return {
    dbPath: status.dbPath,
    exists: status.exists,
    loaded,
    missing,
    datasets: status.datasets,
    ...(missing.length > 0
      ? {
          hint: 'run `casus data fetch` then `casus data import <dir>` (or import local copies of the datasets)',
        }
      : {}),
  };
}
