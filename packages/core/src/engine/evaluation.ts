/** One event as the conditions read it: where it is, whom it hits, which treaty areas hold it, and the words for it. */
import type { Event, Target, TargetKind } from '../model/event.ts';
import type { AreaId, IsoDate, PlaceId, StateId } from '../model/ids.ts';
import type { Library } from '../model/library.ts';
import { describeTarget, nameOf } from './describe.ts';
import type { Gazetteer, Location } from './gazetteer.ts';
import { areasAt } from './in-area.ts';

/** The ends of an area's reason, after "Article V covers <area>": they depend on the place, not the clause. */
export interface AreaPhrases {
  /** e.g. "; Guam lies within it" */
  within: string;
  /** e.g. "; Guam is administered by the United States" */
  outside: string;
}

/** A named place, read once per world: its location, the treaty areas that hold it and their phrases. */
export interface Site {
  readonly location: Location;
  readonly inside: ReadonlySet<AreaId>;
  readonly phrases: AreaPhrases;
}

export interface Evaluation {
  readonly event: Event;
  /** The world's date, for the verdicts whose reason names it. */
  readonly date: IsoDate;
  readonly victim: StateId;
  readonly location: Location;
  readonly targetKind: TargetKind;
  /** The target in words, e.g. "Guam" or "the Philippines' public vessel at Second Thomas Shoal". */
  readonly where: string;
  /** The areas (of those the world's clauses name) that hold the location. */
  readonly inside: ReadonlySet<AreaId>;
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
 * @example sitesOf(g, ['administered-by-japan'], lib).get('JPN.senkaku')?.inside.has('administered-by-japan') // true
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

/** What evaluationOf needs of a world. */
export interface Surroundings {
  readonly library: Library;
  readonly date: IsoDate;
  readonly gazetteer: Gazetteer;
  readonly areas: readonly AreaId[];
  readonly sites: ReadonlyMap<PlaceId, Site>;
}

const targetKindOf = (target: Target): TargetKind =>
  'asset' in target ? target.asset : 'territory';

/**
 * The event read for the conditions. At a named place the site answers (a look-up); an asset
 * target adds its words, and coordinates are placed and tested against each area on the call.
 * @example evaluationOf(world, senkaku, location, 'JPN').phrases.within // '; Senkaku Islands lies within it'
 */
export function evaluationOf(
  w: Surroundings,
  event: Event,
  location: Location,
  victim: StateId,
): Evaluation {
  const { target } = event;
  const site = target.place === undefined ? undefined : w.sites.get(target.place);
  const atSite = site !== undefined && site.location === location;
  const plain = atSite && !('state' in target);
  const where = plain
    ? site.location.primary!.name
    : describeTarget(target, location.primary?.name);
  return {
    event,
    date: w.date,
    victim,
    location,
    targetKind: targetKindOf(target),
    where,
    inside: atSite ? site.inside : areasAt(w.areas, location, w.library),
    phrases: plain ? site.phrases : areaPhrases(location, where),
  };
}
