/** The gazetteer as the engine reads it: ancestor chains, point look-up, and each state's home territory. */

import { isWithin } from '../model/dates.ts';
import type { Target } from '../model/event.ts';
import type { IsoDate, PlaceId, StateId } from '../model/ids.ts';
import type { Place } from '../model/place.ts';
import { contains, extent, type LonLat, representativePoint } from './geometry.ts';

/** Where an event happens: the places it lies in (with their `within` ancestors) and a point. */
export interface Location {
  /** The named place, or the most specific place containing the coordinates. */
  readonly primary?: Place | undefined;
  /** Every place the location lies in, each followed by its ancestors, without repeats. */
  readonly places: readonly Place[];
  readonly point?: LonLat | undefined;
  /** The state administering the primary place (or its nearest ancestor that says). */
  readonly administeredBy?: StateId | undefined;
}

export interface Gazetteer {
  readonly places: ReadonlyMap<PlaceId, Place>;
  readonly chains: ReadonlyMap<PlaceId, readonly Place[]>;
  readonly homes: ReadonlyMap<StateId, Place>;
  /** The location of each place, built once: an event at a named place is answered by a look-up. */
  readonly named: ReadonlyMap<PlaceId, Location>;
}

function chainOf(places: ReadonlyMap<PlaceId, Place>, place: Place): Place[] {
  const chain = [place];
  let parent = place.within === undefined ? undefined : places.get(place.within);
  while (parent && !chain.includes(parent)) {
    chain.push(parent);
    parent = parent.within === undefined ? undefined : places.get(parent.within);
  }
  return chain;
}

const homeSuffixes = ['main', 'mainland', 'home-islands', 'continental', 'european'];

/** The territory an entrant strikes: a `metropolitan` place, a conventional main one, or any. */
function homeOf(places: Place[], state: StateId): Place | undefined {
  const own = places.filter((p) => p.administeredBy === state && p.kind === 'territory');
  return (
    own.find((p) => p.tags.includes('metropolitan')) ??
    homeSuffixes.map((s) => own.find((p) => p.id === `${state}.${s}`)).find(Boolean) ??
    own.find((p) => p.within === undefined) ??
    own[0]
  );
}

/**
 * The places as they stood on a date: a place whose `administration` covers the date takes that
 * administrator; the others are as they are.
 * @example placesOn(lib.places, asDate('2011-06-01')).get('CHN.scarborough-shoal')?.administeredBy // 'PHL'
 */
export function placesOn(places: Map<PlaceId, Place>, date: IsoDate): Map<PlaceId, Place> {
  const then = (p: Place): Place => {
    const held = p.administration.find((a) => isWithin({ start: a.from, end: a.to }, date));
    return held ? { ...p, administeredBy: held.state } : p;
  };
  return new Map([...places].map(([id, p]) => [id, p.administration.length ? then(p) : p]));
}

/**
 * Indexes a gazetteer once per world, with the location of every place.
 * @example prepareGazetteer(lib.places).homes.get('PRK')?.id // 'PRK.main'
 */
export function prepareGazetteer(places: ReadonlyMap<PlaceId, Place>): Gazetteer {
  const chains = new Map([...places.values()].map((p) => [p.id, chainOf(places, p)]));
  const homes = new Map<StateId, Place>();
  const all = [...places.values()];
  for (const p of all)
    if (p.administeredBy && !homes.has(p.administeredBy)) {
      const home = homeOf(all, p.administeredBy);
      if (home) homes.set(p.administeredBy, home);
    }
  const g = { places, chains, homes, named: new Map<PlaceId, Location>() };
  for (const id of places.keys()) g.named.set(id, buildLocation(g, id, undefined));
  return g;
}

function administrator(chain: readonly Place[]): StateId | undefined {
  return chain.find((p) => p.administeredBy !== undefined)?.administeredBy;
}

function lookUpPoint(g: Omit<Gazetteer, 'named'>, point: LonLat): Place[] {
  return [...g.places.values()]
    .filter((p) => contains(p.geometry, point))
    .sort(
      (a, b) =>
        extent(a.geometry) - extent(b.geometry) ||
        Number(a.kind === 'sea') - Number(b.kind === 'sea'),
    );
}

function buildLocation(
  g: Omit<Gazetteer, 'named'>,
  placeId: PlaceId | undefined,
  at: LonLat | undefined,
): Location {
  const named = placeId === undefined ? undefined : g.places.get(placeId);
  const found = named ? [named] : at ? lookUpPoint(g, at) : [];
  const places = [...new Set(found.flatMap((p) => g.chains.get(p.id) ?? [p]))];
  const primary = named ?? found.find((p) => p.kind !== 'sea') ?? found[0];
  return {
    primary,
    places,
    point: at ?? (named ? representativePoint(named.geometry) : undefined),
    administeredBy: primary ? administrator(g.chains.get(primary.id) ?? [primary]) : undefined,
  };
}

/**
 * Where a target is: a look-up for a named place, a point look-up for coordinates (computed on
 * each call and kept nowhere, so arbitrary coordinates cannot grow the gazetteer).
 * @example locate(g, {place: 'JPN.senkaku'}).administeredBy // 'JPN'
 */
export function locate(g: Gazetteer, target: Target): Location {
  const at = 'at' in target ? target.at : undefined;
  const named =
    at === undefined && target.place !== undefined ? g.named.get(target.place) : undefined;
  return named ?? buildLocation(g, target.place, at);
}

/**
 * The state an event hits: the owner of the assets, or the administrator of the territory.
 * @example victimOf({place: 'USA.guam'}, location) // 'USA'
 */
export const victimOf = (target: Target, location: Location): StateId | undefined =>
  'state' in target ? target.state : location.administeredBy;
