/** Streams a query's rows to a CSV or Parquet file with DuckDB's COPY, numbers in R's text for CSV. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { R_NUMBER_MACRO } from './csv/r-number.ts';

/**
 * What DuckDB may hold while it sorts before it spills to the system's temporary folder: without
 * a limit it takes up to 80% of RAM, and every dyad-year verb at once peaked at 2.9 GB; with 1 GB
 * that run peaks at 1.3 GB for 10% more time, and the four-step pipeline (804 MB) is unchanged
 * (measured 1816-2016 on the 2-core development machine).
 */
const SORT_MEMORY = '1GB';

/**
 * Writes the rows of `query(rText)` to `out` (.csv, .csv.gz or .parquet) and returns their count;
 * `rText` is true for CSV, where numbers are written as R's write.csv() writes them.
 * @example await copyQuery(connection, () => 'SELECT 1 AS n', 'one.csv') // 1
 */
export async function copyQuery(
  connection: DuckDBConnection,
  query: (rText: boolean) => string,
  out: string,
): Promise<number> {
  // One folder a process: DuckDB removes the folder it made when it closes, under another's feet.
  const spill = join(tmpdir(), `casus-duckdb-spill-${process.pid}`).replaceAll("'", "''");
  await connection.run(`SET temp_directory = '${spill}'; SET memory_limit = '${SORT_MEMORY}'`);
  const parquet = /\.parquet$/i.test(out);
  if (!parquet) await connection.run(R_NUMBER_MACRO);
  const format = parquet ? 'FORMAT parquet, COMPRESSION zstd' : 'FORMAT csv, HEADER true';
  const result = await connection.run(
    `COPY (${query(!parquet)}) TO '${out.replaceAll("'", "''")}' (${format})`,
  );
  return result.rowsChanged;
}
