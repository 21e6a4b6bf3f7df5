/**
 * The alliance network's inputs from the store, year by year: the COW system members and each
 * pair allied by an ATOP commitment of the chosen type (`casus network`).
 */
import type { AllianceYear, NetworkTie } from '@casus/core/network';
import type { DuckDBConnection } from '@duckdb/node-api';
import { membersByYear } from './portfolios.ts';

/** The atop_ddyr column that makes an edge of each type; any alliance is ATOP's atopally. */
const TIE_COLUMN: Record<NetworkTie, string> = {
  defense: 'defense',
  offense: 'offense',
  neutral: 'neutral',
  nonagg: 'nonagg',
  consul: 'consul',
  any: 'atopally',
};

/**
 * Each year from `from` to `to`: its members and the pairs of them with a `tie` in force at any
 * point of the year in either direction (ATOP's directed dyad-years; a one-sided pledge is a tie);
 * `carryTo` carries the system's last members to that year (membersByYear).
 * @example (await loadAllianceYears(connection, 1950, 1950, 'defense'))[0]?.ties.length
 */
export async function loadAllianceYears(
  connection: DuckDBConnection,
  from: number,
  to: number,
  tie: NetworkTie,
  carryTo?: number,
): Promise<AllianceYear[]> {
  const members = await membersByYear(connection, from, to, carryTo);
  const reader = await connection.runAndReadAll(
    `SELECT DISTINCT year::INTEGER, least(stateA, stateB)::INTEGER, greatest(stateA, stateB)::INTEGER
     FROM atop_ddyr WHERE ${TIE_COLUMN[tie]} = 1 AND stateA <> stateB
       AND year BETWEEN ${Math.trunc(from)} AND ${Math.trunc(to)}
     ORDER BY ALL`,
  );
  // No row gives no column at all (a year with no tie of the type, e.g. offence pledges in 2000).
  const [years = [], a = [], b = []] = reader.getColumnsJS() as number[][];
  const ties = new Map<number, [number, number][]>();
  years.forEach((y, k) => {
    const list = ties.get(y) ?? [];
    list.push([a[k]!, b[k]!]);
    ties.set(y, list);
  });
  return [...members].map(([year, list]) => ({ year, members: list, ties: ties.get(year) ?? [] }));
}
