/** Streams a query's rows to a CSV or Parquet file with DuckDB's COPY, numbers in R's text for CSV. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { R_NUMBER_MACRO } from './csv/r-number.ts';

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
  const parquet = /\.parquet$/i.test(out);
  if (!parquet) await connection.run(R_NUMBER_MACRO);
  const format = parquet ? 'FORMAT parquet, COMPRESSION zstd' : 'FORMAT csv, HEADER true';
  const result = await connection.run(
    `COPY (${query(!parquet)}) TO '${out.replaceAll("'", "''")}' (${format})`,
  );
  return result.rowsChanged;
}
