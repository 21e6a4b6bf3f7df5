/** Deterrence: Bueno de Mesquita's loss-of-strength gradient as EUGene implements it. */
import type { StateId } from '../model/ids.ts';
import { greatCircleMiles, milesToKm } from './distance.ts';

/** A state's share of world capability in a year (COW CINC to 2016; a present-day proxy after). */
export type CapabilityLookup = (state: StateId, year: number) => number | undefined;

/** A state's capital as [lon, lat] in degrees (GeoJSON order). */
export type CapitalLookup = (state: StateId) => readonly [number, number] | undefined;

/**
 * EUGene's miles per day of military movement by era: 250 before 1918, 375 to 1945, 500 after.
 * Source: EUGene `adj_cap` (Bennett & Stam), methods.md §3.
 */
export function milesPerDay(year: number): number {
  if (year < 1918) return 250;
  if (year <= 1945) return 375;
  return 500;
}

/**
 * Capability adjusted for distance: CINC ^ log10(miles / mpd + (10 − e)). Below about 2.7 days'
 * travel the exponent is under 1 and adjusted capability slightly exceeds raw CINC (a property
 * of the formula, not a bug).
 * @example adjustedCapability(0.1, 2000, 2000) // 0.0886
 */
export function adjustedCapability(cinc: number, miles: number, year: number): number {
  if (!(cinc > 0)) return 0;
  return cinc ** Math.log10(miles / milesPerDay(year) + (10 - Math.E));
}

/** The inputs the deterrence measure needs, injected so that COW data or the present-day proxy can plug in. */
export interface DeterrenceInputs {
  capability: CapabilityLookup;
  capital: CapitalLookup;
}

/**
 * A place a state projects force from besides its capital: a base of library/bases where it has
 * a standing presence on the date (model/find-bases.ts `presenceBases`).
 */
export interface Station {
  base: string;
  name: string;
  coordinates: readonly [number, number];
}

/** The stations of each state (empty under `projection: capital`). */
export type StationLookup = (state: StateId) => readonly Station[];

/** Where a state's capability at the place was measured from: its capital (no `base`) or a base. */
export interface ProjectionFrom {
  state: StateId;
  base?: string | undefined;
  /** The base's name, for the answer's capability line. */
  name?: string | undefined;
  km: number;
}

/**
 * The point a state projects from: the nearest of its capital and its stations (a station must
 * be strictly nearer than the capital, and the first of equally near stations wins).
 * @example projectionPoint([139.7, 35.7], [kadena], [123.5, 25.7]) // {base: 'kadena-air-base', miles: 302…}
 */
export function projectionPoint(
  capital: readonly [number, number] | undefined,
  stations: readonly Station[],
  place: readonly [number, number],
): { base?: Station | undefined; miles: number } | undefined {
  let best: { base?: Station | undefined; miles: number } | undefined = capital
    ? { miles: greatCircleMiles(capital, place) }
    : undefined;
  for (const s of stations) {
    const miles = greatCircleMiles(s.coordinates, place);
    if (!best || miles < best.miles) best = { base: s, miles };
  }
  return best;
}

/**
 * Each state's adjusted capability at a place ([lon, lat]) in a year; 0 for states with no data
 * (listed in `missing`, so answers can say so). Without `stations` (the `capital` projection) the
 * distance is the capital's, as in EUGene; with them (`bases`, forward presence) it is the
 * shortest of the capital's and the stations' (`projectionPoint`), and `from` says which, so a
 * reader can check the figure against adjustedCapability(cinc, miles, year).
 * @example capabilityAtPlace(inputs, ['USA', 'CHN'], [123.5, 25.7], 2025, stationsOf).from[0] // {state: 'USA', base: 'kadena-air-base', …}
 */
export function capabilityAtPlace(
  inputs: DeterrenceInputs,
  states: readonly StateId[],
  place: readonly [number, number],
  year: number,
  stations?: StationLookup,
): { values: number[]; missing: StateId[]; from: ProjectionFrom[] } {
  const missing: StateId[] = [];
  const from: ProjectionFrom[] = [];
  const values = states.map((s) => {
    const cap = inputs.capability(s, year);
    const point = projectionPoint(inputs.capital(s), stations?.(s) ?? [], place);
    if (cap === undefined || point === undefined) {
      missing.push(s);
      return 0;
    }
    from.push({
      state: s,
      ...(point.base ? { base: point.base.base, name: point.base.name } : {}),
      km: Math.round(milesToKm(point.miles)),
    });
    return adjustedCapability(cap, point.miles, year);
  });
  return { values, missing, from };
}
