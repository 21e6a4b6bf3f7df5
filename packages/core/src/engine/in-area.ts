/** Whether a location lies in a treaty area: the area's rule over the place, its ancestors and its point. */
import type { AreaRule } from '../model/area.ts';
import type { AreaId } from '../model/ids.ts';
import type { Library } from '../model/library.ts';
import type { Location } from './gazetteer.ts';
import { inBox } from './geometry.ts';

/** Verdicts already reached, keyed by area and location; one per world. */
export type AreaMemo = Map<string, boolean>;

function matches(rule: AreaRule, location: Location, library: Library, memo: AreaMemo): boolean {
  if ('any' in rule) return rule.any.some((r) => matches(r, location, library, memo));
  if ('all' in rule) return rule.all.every((r) => matches(r, location, library, memo));
  if ('not' in rule) return !matches(rule.not, location, library, memo);
  if ('area' in rule) return inArea(rule.area, location, library, memo);
  if ('administeredBy' in rule)
    return (
      location.administeredBy !== undefined && rule.administeredBy.includes(location.administeredBy)
    );
  if ('places' in rule) return location.places.some((p) => rule.places.includes(p.id));
  if ('tags' in rule) return location.places.some((p) => p.tags.some((t) => rule.tags.includes(t)));
  return location.point !== undefined && inBox(location.point, rule.box);
}

/**
 * True when the location lies in the area; an unknown area contains nothing.
 * @example inArea('japan-administered', locate(g, {place: 'JPN.senkaku'}), lib, new Map()) // true
 */
export function inArea(
  area: AreaId,
  location: Location,
  library: Library,
  memo: AreaMemo,
): boolean {
  const key = `${area}|${location.key}`;
  let verdict = memo.get(key);
  if (verdict === undefined) {
    memo.set(key, false); // a rule that refers to itself contains nothing more than it says
    const rule = library.areas.get(area)?.rule;
    verdict = rule !== undefined && matches(rule, location, library, memo);
    memo.set(key, verdict);
  }
  return verdict;
}
