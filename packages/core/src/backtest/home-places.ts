/** Where the backtest's events land: a home place for every state (the curated one, or one at its COW capital), and COW capability and capitals for the reliability model. */
import { representativePoint } from '../engine/geometry.ts';
import type { DeterrenceInputs } from '../geo/strength-gradient.ts';
import type { IsoDate, PlaceId, StateId } from '../model/ids.ts';
import type { Library } from '../model/library.ts';
import type { Place } from '../model/place.ts';
import { homeRegion, REGION_POINT } from '../model/regions.ts';
import { stateById } from '../model/states.ts';
import { isWorldPlaceId, territoryPlace } from '../model/territory.ts';

/** One COW capital and the days it served (peacesciencer cow_capitals). */
export interface CapitalSpell {
  ccode: number;
  capital: string;
  lng: number;
  lat: number;
  from: IsoDate;
  to: IsoDate;
}

/** One COW National Material Capabilities score. */
export interface CincScore {
  ccode: number;
  year: number;
  cinc: number;
}

export interface Homes {
  /** The library's places with a `XXX.territory` added for each state the gazetteer lacks. */
  places: Map<PlaceId, Place>;
  /**
   * Each state's home place: its first curated metropolitan place, or one added at its last COW
   * capital (over world.yaml's outline of today's borders: the backtest measures from capitals).
   */
  home: ReadonlyMap<StateId, PlaceId>;
  /** The point of each home place. */
  point: ReadonlyMap<StateId, readonly [number, number]>;
}

function addedHome(state: StateId, capitals: readonly CapitalSpell[]): Place {
  const record = stateById(state)!;
  const last = capitals.filter((c) => c.ccode === record.ccode).at(-1);
  const at = last ? ([last.lng, last.lat] as const) : REGION_POINT[homeRegion(record.ccode)];
  return territoryPlace(
    state,
    record.name,
    at,
    last
      ? `placed at its last COW capital ${last.capital}`
      : 'placed in its COW region (no capital recorded)',
  );
}

/**
 * A home place for every state named, from the library where it has a metropolitan place.
 * @example homePlaces(lib, ['FRA', 'AUH'], capitals).home.get('AUH') // 'AUH.territory'
 */
export function homePlaces(
  library: Library,
  states: readonly StateId[],
  capitals: readonly CapitalSpell[],
): Homes {
  const places = new Map(library.places);
  const home = new Map<StateId, PlaceId>();
  const point = new Map<StateId, readonly [number, number]>();
  const curated = [...library.places.values()]
    .filter((p) => p.tags.includes('metropolitan') && p.administeredBy && !isWorldPlaceId(p.id))
    .sort((a, b) => a.id.localeCompare(b.id));
  for (const state of new Set(states)) {
    if (!stateById(state)) continue;
    const place = curated.find((p) => p.administeredBy === state) ?? addedHome(state, capitals);
    places.set(place.id, place);
    home.set(state, place.id);
    point.set(state, representativePoint(place.geometry));
  }
  return { places, home, point };
}

/**
 * COW capability (CINC of the year) and the capital in use on the date, as the reliability model reads them.
 * @example capabilityInputs(scores, capitals, '1914-08-02').capability('GBR', 1914) // ≈ 0.13
 */
export function capabilityInputs(
  scores: ReadonlyMap<string, number>,
  capitals: readonly CapitalSpell[],
  date: IsoDate,
): DeterrenceInputs {
  const ccodeOf = (state: StateId) => stateById(state)?.ccode;
  return {
    capability: (state, year) => scores.get(`${ccodeOf(state)}:${year}`),
    capital: (state) => {
      const c = capitals.find((s) => s.ccode === ccodeOf(state) && s.from <= date && date <= s.to);
      return c ? [c.lng, c.lat] : undefined;
    },
  };
}

/** CINC scores keyed `ccode:year`, for capabilityInputs. */
export const cincIndex = (scores: readonly CincScore[]): Map<string, number> =>
  new Map(scores.map((s) => [`${s.ccode}:${s.year}`, s.cinc]));
