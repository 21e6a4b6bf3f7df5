/** One event as the conditions read it: where it is, whom it hits, which treaty areas hold it, and the words for it. */
import { type Event, EventKind, type Target, TargetKind } from '../model/event.ts';
import type { AreaId, IsoDate, PlaceId, StateId } from '../model/ids.ts';
import type { Library } from '../model/library.ts';
import { describeTarget, nameOf } from './describe.ts';
import { type Gazetteer, type Location, locate, victimOf } from './gazetteer.ts';
import { areasAt } from './in-area.ts';

/** The ends of an area's reason, after "Article V covers <area>": they depend on the place, not the clause. */
export interface AreaPhrases {
  /** e.g. "; Guam lies within it" */
  within: string;
  /** e.g. "; Guam is administered by the United States" */
  outside: string;
}

/**
 * Which of a world's treaty areas hold a place: one flag per area, in the order of `World.areas`,
 * so that an area condition reads a flag by the area's position.
 */
export type Inside = readonly boolean[];

/** A named place, read once per world: its location, the treaty areas that hold it and their phrases. */
export interface Site {
  readonly location: Location;
  readonly inside: Inside;
  readonly phrases: AreaPhrases;
}

export interface Evaluation {
  readonly event: Event;
  /** The world's date, for the verdicts whose reason names it. */
  readonly date: IsoDate;
  readonly victim: StateId;
  readonly location: Location;
  readonly targetKind: TargetKind;
  /** The positions of the event's kind in EventKind.options and of its target kind in TargetKind.options, which verdict tables are in. */
  readonly eventKindIndex: number;
  readonly targetKindIndex: number;
  /** The target in words, e.g. "Guam" or "the Philippines' public vessel at Second Thomas Shoal". */
  readonly where: string;
  /** Which of the areas the world's clauses name hold the location. */
  readonly inside: Inside;
  readonly phrases: AreaPhrases;
}

function areaPhrases(location: Location, where: string): AreaPhrases {
  const { primary, administeredBy } = location;
  const within = `; ${where} lies within it`;
  if (!primary || !administeredBy) return { within, outside: `; ${where} lies outside it` };
  const admin = `${primary.name} is administered by ${nameOf(administeredBy)}`;
  return {
    within,
    outside: primary.name === where ? `; ${admin}` : `; ${where} lies outside it (${admin})`,
  };
}

/**
 * Every place of the gazetteer as a site, for the areas given.
 * @example sitesOf(g, ['administered-by-japan'], lib).get('JPN.senkaku')?.inside[0] // true
 */
export function sitesOf(
  g: Gazetteer,
  areas: readonly AreaId[],
  library: Library,
): Map<PlaceId, Site> {
  const sites = new Map<PlaceId, Site>();
  for (const [id, location] of g.named)
    sites.set(id, {
      location,
      inside: areasAt(areas, location, library),
      phrases: areaPhrases(location, describeTarget({ place: id }, location.primary?.name)),
    });
  return sites;
}

/** What evaluate needs of a world. */
export interface Surroundings {
  readonly library: Library;
  readonly date: IsoDate;
  readonly gazetteer: Gazetteer;
  readonly areas: readonly AreaId[];
  readonly sites: ReadonlyMap<PlaceId, Site>;
}

const targetKindOf = (target: Target): TargetKind =>
  'asset' in target ? target.asset : 'territory';

const positions = <T extends string>(options: readonly T[]): Record<T, number> =>
  Object.fromEntries(options.map((o, i) => [o, i])) as Record<T, number>;
const eventKindAt = positions(EventKind.options);
const targetKindAt = positions(TargetKind.options);

/**
 * The event read for the conditions, or undefined when it hits nobody but its actor (territory
 * no state administers, or the actor's own). At a named place the site answers (one look-up); an
 * asset target adds its words, and coordinates are placed and tested against each area on the call.
 * @example evaluate(world, senkaku)?.phrases.within // '; Senkaku Islands lies within it'
 */
export function evaluate(w: Surroundings, event: Event): Evaluation | undefined {
  const { target } = event;
  const at = 'at' in target ? target.at : undefined;
  const site =
    at === undefined && target.place !== undefined ? w.sites.get(target.place) : undefined;
  const location = site ? site.location : locate(w.gazetteer, target);
  const victim = victimOf(target, location);
  if (victim === undefined || victim === event.actor) return undefined;
  const plain = site !== undefined && !('state' in target);
  const where = plain ? location.primary!.name : describeTarget(target, location.primary?.name);
  const targetKind = targetKindOf(target);
  return {
    event,
    date: w.date,
    victim,
    location,
    targetKind,
    eventKindIndex: eventKindAt[event.kind],
    targetKindIndex: targetKindAt[targetKind],
    where,
    inside: site ? site.inside : areasAt(w.areas, location, w.library),
    phrases: plain ? site.phrases : areaPhrases(location, where),
  };
}
