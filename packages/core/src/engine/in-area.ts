/** Whether a location lies in a treaty area: the area's rule over the place, its ancestors and its point. */
import type { AreaRule } from '../model/area.ts';
import type { AreaId } from '../model/ids.ts';
import type { Library } from '../model/library.ts';
import type { Location } from './gazetteer.ts';
import { inBox } from './geometry.ts';

function matches(
  rule: AreaRule,
  location: Location,
  library: Library,
  open: readonly AreaId[],
): boolean {
  if ('any' in rule) return rule.any.some((r) => matches(r, location, library, open));
  if ('all' in rule) return rule.all.every((r) => matches(r, location, library, open));
  if ('not' in rule) return !matches(rule.not, location, library, open);
  if ('area' in rule) return inArea(rule.area, location, library, open);
  if ('administeredBy' in rule)
    return (
      location.administeredBy !== undefined && rule.administeredBy.includes(location.administeredBy)
    );
  if ('places' in rule) return location.places.some((p) => rule.places.includes(p.id));
  if ('tags' in rule) return location.places.some((p) => p.tags.some((t) => rule.tags.includes(t)));
  return location.point !== undefined && inBox(location.point, rule.box);
}

/**
 * True when the location lies in the area; an unknown area contains nothing, and a rule that
 * refers to an area being decided (`open`) contains nothing more than it says.
 * @example inArea('japan-administered', locate(g, {place: 'JPN.senkaku'}), lib) // true
 */
export function inArea(
  area: AreaId,
  location: Location,
  library: Library,
  open: readonly AreaId[] = [],
): boolean {
  const rule = library.areas.get(area)?.rule;
  if (rule === undefined || open.includes(area)) return false;
  return matches(rule, location, library, [...open, area]);
}

/**
 * Whether each of the areas given contains the location, in their order.
 * @example areasAt(['japan-administered', 'north-atlantic'], locate(g, {place: 'JPN.senkaku'}), lib) // [true, false]
 */
export const areasAt = (
  areas: readonly AreaId[],
  location: Location,
  library: Library,
): boolean[] => areas.map((area) => inArea(area, location, library));
