/** The curated library joined with the ATOP alliances of a date and a home place for every state, so the engine answers for any day from 1815 to 2018. */
import {
  asPlace,
  type IsoDate,
  type Library,
  type Place,
  type StateId,
  stateById,
} from '@casus/core';
import type { DuckDBConnection } from '@duckdb/node-api';
import { loadAtopAgreements } from './atop-agreements.ts';
import { lookupCapital } from './capabilities.ts';
import { type AtopDifference, mergeWithCurated } from './merge-curated.ts';

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
  return {
    id: asPlace(`${state}.territory`),
    name: record.name,
    altNames: [],
    kind: 'territory',
    administeredBy: state,
    claimants: [],
    tags: ['metropolitan'],
    geometry: { type: 'Point', coordinates: [capital.lng, capital.lat] },
    note: `the territory of ${record.name}, placed at its capital ${capital.capital}`,
    source: 'COW state system v2016 and peacesciencer capitals (cow_capitals)',
  };
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
