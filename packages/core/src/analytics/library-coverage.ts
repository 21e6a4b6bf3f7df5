/**
 * What the library holds, counted from the library itself: states and their places, agreements
 * by region and era, SOFAs, bases and scenarios, and how current the curation is. The README's
 * "What the library holds" is `casus library` printing this.
 */

import type { Agreement } from '../model/agreement.ts';
import type { Library } from '../model/library.ts';
import { curatedThrough, type DatedRecord, libraryDates } from '../model/library-dates.ts';
import { homeRegion } from '../model/regions.ts';
import { allStates, stateById } from '../model/states.ts';
import { isWorldPlaceId } from '../model/territory.ts';

export const COVERAGE_REGIONS = [
  'north-america',
  'south-america',
  'europe',
  'africa',
  'middle-east',
  'asia',
  'oceania',
] as const;
export type CoverageRegion = (typeof COVERAGE_REGIONS)[number];

/** Eras by the date an agreement was signed: before the UN Charter, the Cold War, after it, and the years since ATOP 5.1 ends. */
export const ERAS = ['before-1945', '1945-1990', '1991-2017', '2018-'] as const;
export type Era = (typeof ERAS)[number];

export interface RegionRow {
  region: CoverageRegion;
  eras: Record<Era, number>;
  total: number;
}

export interface LibraryCoverage {
  /** The month of the latest date the agreements record: how current the curation is. */
  curatedThrough: string | undefined;
  first: DatedRecord | undefined;
  last: DatedRecord | undefined;
  states: {
    /** States of the COW system v2016, plus Taiwan. */
    known: number;
    /** Those with a home place (curated or world.yaml's), which is every state that exists today. */
    withPlace: number;
    /** Former states, answered only with --atop (a point at their COW capital). */
    withoutPlace: string[];
  };
  places: { curated: number; world: number; seas: number; disputed: number };
  agreements: {
    real: number;
    proposals: number;
    /** An agreement counts once in each region its members' home regions fall in. */
    byRegion: RegionRow[];
  };
  sofas: { agreements: number; designs: number };
  bases: number;
  architectures: number;
  scenarios: number;
}

/** North and South America split the COW numbering's Western Hemisphere block at 100. */
export function regionOf(ccode: number): CoverageRegion {
  const region = homeRegion(ccode);
  if (region === 'western-hemisphere') return ccode < 100 ? 'north-america' : 'south-america';
  return region;
}

function eraOf(a: Agreement): Era | undefined {
  const date = a.signed ?? a.inForce;
  if (!date) return undefined;
  if (date < '1945-06-26') return 'before-1945';
  if (date < '1991-01-01') return '1945-1990';
  if (date < '2018-01-01') return '1991-2017';
  return '2018-';
}

function regionsOf(a: Agreement): Set<CoverageRegion> {
  return new Set(
    a.members.flatMap((m) => {
      const s = stateById(m);
      return s ? [regionOf(s.ccode)] : [];
    }),
  );
}

/**
 * The counts of the library, every one computed from its files.
 * @example libraryCoverage(lib).states.withPlace // 196 (every state today, and Taiwan)
 */
export function libraryCoverage(lib: Library): LibraryCoverage {
  const places = [...lib.places.values()];
  // A state has a place if it administers one, today or in a dated span (GFR: West Germany to 1990).
  const placed = new Set<string>(
    places.flatMap((p) => [
      ...(p.administeredBy ? [p.administeredBy] : []),
      ...p.administration.map((a) => a.state),
    ]),
  );
  const states = allStates();
  const agreements = [...lib.agreements.values()];
  const real = agreements.filter((a) => a.kind !== 'proposal');
  const byRegion = COVERAGE_REGIONS.map((region) => {
    const eras = Object.fromEntries(ERAS.map((e) => [e, 0])) as Record<Era, number>;
    let total = 0;
    for (const a of real) {
      const era = eraOf(a);
      if (!era || !regionsOf(a).has(region)) continue;
      eras[era]++;
      total++;
    }
    return { region, eras, total };
  });
  const dates = libraryDates(agreements);
  const sofas = [...lib.sofas.values()];
  return {
    curatedThrough: dates && curatedThrough(dates),
    first: dates?.first,
    last: dates?.last,
    states: {
      known: states.length,
      withPlace: states.filter((s) => placed.has(s.iso3)).length,
      withoutPlace: states.filter((s) => !placed.has(s.iso3)).map((s) => s.iso3),
    },
    places: {
      curated: places.filter((p) => !isWorldPlaceId(p.id)).length,
      world: places.filter((p) => isWorldPlaceId(p.id)).length,
      seas: places.filter((p) => p.kind === 'sea').length,
      disputed: places.filter((p) => p.claimants.length > 0).length,
    },
    agreements: { real: real.length, proposals: agreements.length - real.length, byRegion },
    sofas: {
      agreements: sofas.filter((s) => s.kind === 'agreement').length,
      designs: sofas.filter((s) => s.kind === 'proposal').length,
    },
    bases: lib.bases.size,
    architectures: lib.architectures.size,
    scenarios: lib.scenarios.size,
  };
}
