/** The one way Casus reads a CSV into DuckDB: explicit dialect, strict, the needed columns typed. */
import type { ColumnType } from '../datasets.ts';

/**
 * A `read_csv(...)` table expression for `path`, safe for paths with quotes or spaces; `types`
 * fixes the needed columns' types so a bad value is an error, other columns are inferred from every row.
 * @example `CREATE TABLE t AS SELECT * FROM ${readCsv('/data/cow/MIDA 5.0.csv', { dispnum: 'INTEGER' })}`
 */
export function readCsv(path: string, types: Readonly<Record<string, ColumnType>> = {}): string {
  const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
  const typed = Object.entries(types).map(([name, type]) => `${quote(name)}: '${type}'`);
  return `read_csv(${quote(path)}, header = true, delim = ',', quote = '"', escape = '"', strict_mode = true, sample_size = -1, types = {${typed.join(', ')}})`;
}

/**
 * One dataset's loader: creates its tables from its files' `read_csv` expressions, in catalog order.
 * @example const load: Importer = async (run, [source]) => { await run(`CREATE TABLE t AS SELECT * FROM ${source}`); };
 */
export type Importer = (
  run: (sql: string) => Promise<unknown>,
  sources: readonly string[],
) => Promise<void>;
