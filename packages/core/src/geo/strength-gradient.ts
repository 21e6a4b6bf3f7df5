/** Deterrence: Bueno de Mesquita's loss-of-strength gradient as EUGene implements it. */
import type { StateId } from '../model/ids.ts';
import { greatCircleMiles } from './distance.ts';

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
 * Each state's adjusted capability at a place ([lon, lat]) in a year; 0 for states with no data
 * (listed in `missing`, so answers can say so).
 * @example capabilityAtPlace(inputs, ['USA', 'CHN'], [123.5, 25.7], 2025)
 */
export function capabilityAtPlace(
  inputs: DeterrenceInputs,
  states: readonly StateId[],
  place: readonly [number, number],
  year: number,
): { values: number[]; missing: StateId[] } {
  const missing: StateId[] = [];
  const values = states.map((s) => {
    const cap = inputs.capability(s, year);
    const capital = inputs.capital(s);
    if (cap === undefined || capital === undefined) {
      missing.push(s);
      return 0;
    }
    return adjustedCapability(cap, greatCircleMiles(capital, place), year);
  });
  return { values, missing };
}
