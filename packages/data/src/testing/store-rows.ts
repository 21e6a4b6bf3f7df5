/** Query results as plain rows for test assertions: BIGINT as number. */
import type { DuckDBConnection } from '@duckdb/node-api';

const numbers = (_: string, v: unknown) => (typeof v === 'bigint' ? Number(v) : v);

/**
 * The rows `sql` returns, with BIGINT values as numbers.
 * @example await storeRows(store.connection, 'SELECT 1 AS n') // [{n: 1}]
 */
export const storeRows = async (
  connection: DuckDBConnection,
  sql: string,
): Promise<Record<string, number | null>[]> =>
  JSON.parse(JSON.stringify((await connection.runAndReadAll(sql)).getRowObjectsJS(), numbers));
