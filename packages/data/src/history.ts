/** The curated library joined with the ATOP alliances of a date and a home place for every state, so the engine answers for any day from 1815 to 2018, with COW CINC to 2022. */
import {
  type DeterrenceInputs,
  type IsoDate,
  type Library,
  type Place,
  type StateId,
  stateByCcode,
  stateById,
  territoryPlace,
  yearOf,
} from '@casus/core';
import type { DuckDBConnection } from '@duckdb/node-api';
import { loadAtopAgreements } from './atop-agreements.ts';
import { loadCapabilities, lookupCapital } from './capabilities.ts';
import { type AtopDifference, mergeWithCurated } from './merge-curated.ts';
import {
  chooseNmcRelease,
  importedNmcReleases,
  NMC_RELEASES,
  type NmcChoice,
  type NmcRelease,
} from './nmc.ts';

export interface HistoricalLibrary {
  library: Library;
  /** ATOP alliances added (those with a curated twin are not: the curated one wins). */
  added: number;
  differences: AtopDifference[];
  warnings: string[];
}

/** `XXX.territory` at the state's COW capital on the date, for a state the gazetteer does not know. */
async function homeOf(
  connection: DuckDBConnection,
  state: StateId,
  date: IsoDate,
): Promise<Place | undefined> {
  const record = stateById(state);
  const capital = record && (await lookupCapital(connection, record.ccode, date));
  if (!record || !capital) return undefined;
  const at = [capital.lng, capital.lat] as const;
  return territoryPlace(state, record.name, at, `placed at its capital ${capital.capital}`);
}

/**
 * The library as it stood on `date` with history added: every ATOP alliance in force (curated
 * agreements win over their ATOP codings, and the differences are reported) and a home place,
 * `XXX.territory`, for each member the gazetteer lacks.
 * @example (await historicalLibrary(store.connection, lib, asDate('1914-08-01'))).added // the alliances of 1914
 */
export async function historicalLibrary(
  connection: DuckDBConnection,
  library: Library,
  date: IsoDate,
): Promise<HistoricalLibrary> {
  const atop = await loadAtopAgreements(connection, { date });
  const merged = mergeWithCurated(atop.agreements, [...library.agreements.values()]);
  const places = new Map(library.places);
  const administered = new Set([...places.values()].map((p) => p.administeredBy));
  for (const state of new Set(merged.agreements.flatMap((a) => a.members))) {
    if (administered.has(state)) continue;
    const home = await homeOf(connection, state, date);
    if (home) places.set(home.id, home);
  }
  return {
    library: { ...library, places, agreements: new Map(merged.agreements.map((a) => [a.id, a])) },
    added: merged.agreements.length - library.agreements.size,
    differences: merged.differences,
    warnings: atop.warnings,
  };
}

/** True when the store holds every one of the tables (an import may have taken only some datasets). */
async function hasTables(connection: DuckDBConnection, names: string[]): Promise<boolean> {
  const reader = await connection.runAndReadAll(
    `SELECT count(*) AS n FROM information_schema.tables WHERE table_name IN (${names.map((_, i) => `$${i + 1}`).join(', ')})`,
    names,
  );
  return Number(reader.getRowObjectsJS()[0]?.n) === names.length;
}

/** The last year of COW National Material Capabilities 6.0 (7.0 runs to 2022: `NMC_RELEASES`). */
export const NMC_LAST_YEAR = NMC_RELEASES['6.0'].to;

export interface HistoricalCapability {
  inputs: DeterrenceInputs;
  /** The capability line of the answer: the release, the year, why that release, the capitals. */
  source: string;
  release: NmcRelease;
}

/**
 * Which NMC release a date's CINC comes from (`chooseNmcRelease` on the releases imported), and
 * why there is none when the store lacks the capitals.
 * @example (await capabilityChoice(store.connection, asDate('2020-06-01'))).release // '7.0'
 */
export async function capabilityChoice(
  connection: DuckDBConnection,
  date: IsoDate,
  nmc?: NmcRelease,
): Promise<NmcChoice> {
  if (!(await hasTables(connection, ['cow_capitals'])))
    return { why: 'the store holds no cow-capitals' };
  return chooseNmcRelease(yearOf(date), await importedNmcReleases(connection), nmc);
}

/**
 * Capability for the deterrence ratio from COW itself: each state's CINC in the year and its
 * capital on the date. The release is `nmc` when given, else NMC 6.0 up to 2016 and 7.0 for
 * 2017-2022 (`chooseNmcRelease`); undefined when no imported release covers the year, where the
 * present-day proxy must serve instead (`capabilityChoice` says why).
 * @example (await historicalInputs(store.connection, asDate('1914-08-02')))?.inputs.capability('GBR', 1914) // ≈ 0.13
 */
export async function historicalInputs(
  connection: DuckDBConnection,
  date: IsoDate,
  options: { nmc?: NmcRelease | undefined } = {},
): Promise<HistoricalCapability | undefined> {
  const year = yearOf(date);
  const choice = await capabilityChoice(connection, date, options.nmc);
  const release = choice.release;
  if (!release) return undefined;
  const nmc = await loadCapabilities(connection, year, release);
  const capitals = new Map<StateId, readonly [number, number]>();
  const reader = await connection.runAndReadAll(
    'SELECT ccode, lat, lng FROM cow_capitals WHERE CAST($1 AS DATE) BETWEEN stdate AND enddate',
    [date],
  );
  for (const row of reader.getRowObjectsJS()) {
    const state = stateByCcode(Number(row.ccode));
    if (state) capitals.set(state.iso3 as StateId, [Number(row.lng), Number(row.lat)]);
  }
  const cinc = (state: StateId) => {
    const record = stateById(state);
    return record ? (nmc.get(record.ccode)?.cinc ?? undefined) : undefined;
  };
  return {
    inputs: { capability: (state) => cinc(state), capital: (state) => capitals.get(state) },
    release,
    source: `COW NMC ${release} CINC for ${year} (${choice.why}) and COW capitals on ${date}, distance-discounted by the EUGene loss-of-strength gradient from each capital or, under projection: bases, the nearest base`,
  };
}
