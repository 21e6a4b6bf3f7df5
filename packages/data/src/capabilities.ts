/** Capabilities from the store: each state's COW NMC components and CINC for a year, and its capital on a date. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { NMC_RELEASES, type NmcRelease } from './nmc.ts';

export interface NmcRecord {
  ccode: number;
  year: number;
  /** Military expenditure, thousands of US$ (COW NMC); null when missing. */
  milex: number | null;
  /** Military personnel, thousands. */
  milper: number | null;
  /** Iron and steel production, thousands of tons. */
  irst: number | null;
  /** Primary energy consumption, thousands of coal-ton equivalents. */
  pec: number | null;
  /** Total population, thousands. */
  tpop: number | null;
  /** Urban population, thousands. */
  upop: number | null;
  /** Composite Index of National Capability: the mean of the six shares of the system total. */
  cinc: number | null;
}

export interface Capital {
  ccode: number;
  capital: string;
  lat: number;
  lng: number;
}

const toNmc = (r: Record<string, unknown>): NmcRecord => ({
  ccode: Number(r.ccode),
  year: Number(r.year),
  milex: r.milex as number | null,
  milper: r.milper as number | null,
  irst: r.irst as number | null,
  pec: r.pec as number | null,
  tpop: r.tpop as number | null,
  upop: r.upop as number | null,
  cinc: r.cinc as number | null,
});

/** The NMC records of a release that match `where`, a condition with $1, $2… bound to `params`. */
async function selectNmc(
  connection: DuckDBConnection,
  release: NmcRelease,
  where: string,
  params: number[],
): Promise<NmcRecord[]> {
  const table = NMC_RELEASES[release].table;
  const reader = await connection.runAndReadAll(`SELECT * FROM ${table} WHERE ${where}`, params);
  return reader.getRowObjectsJS().map(toNmc);
}

/**
 * Every state's NMC record for `year` in a release (6.0, the default, covers 1816-2016; 7.0
 * 1816-2022), keyed by ccode.
 * @example (await loadCapabilities(connection, 1945)).get(2)?.cinc // 0.38386354
 */
export async function loadCapabilities(
  connection: DuckDBConnection,
  year: number,
  release: NmcRelease = '6.0',
): Promise<Map<number, NmcRecord>> {
  const records = await selectNmc(connection, release, 'year = $1', [year]);
  return new Map(records.map((r) => [r.ccode, r]));
}

/**
 * One state's NMC record for a year in a release (default 6.0), or undefined when it has none
 * (not a system member, or after the release ends: 2016 for 6.0, 2022 for 7.0).
 * @example (await lookupCapabilities(connection, 740, 1960))?.milper // 206
 */
export async function lookupCapabilities(
  connection: DuckDBConnection,
  ccode: number,
  year: number,
  release: NmcRelease = '6.0',
): Promise<NmcRecord | undefined> {
  const [record] = await selectNmc(connection, release, 'ccode = $1 AND year = $2', [ccode, year]);
  return record;
}

/**
 * The capital of a state on a date (YYYY-MM-DD), with coordinates, or undefined.
 * @example (await lookupCapital(connection, 740, '1960-06-23'))?.capital // 'Tokyo'
 */
export async function lookupCapital(
  connection: DuckDBConnection,
  ccode: number,
  date: string,
): Promise<Capital | undefined> {
  const reader = await connection.runAndReadAll(
    'SELECT ccode, capital, lat, lng FROM cow_capitals WHERE ccode = $1 AND CAST($2 AS DATE) BETWEEN stdate AND enddate ORDER BY stdate DESC LIMIT 1',
    [ccode, date],
  );
  const [row] = reader.getRowObjectsJS();
  return row
    ? {
        ccode: Number(row.ccode),
        capital: String(row.capital),
        lat: Number(row.lat),
        lng: Number(row.lng),
      }
    : undefined;
}
