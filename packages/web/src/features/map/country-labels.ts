/** Where a country's name goes: the centre of its largest piece of land, and that piece's area, which ranks it. */
import type { GeoPath } from 'd3-geo';
import type { CountryFeature } from './use-atlas.ts';

export interface CountryAnchor {
  id: string;
  name: string;
  /** On the unzoomed map. */
  x: number;
  y: number;
  /** Of the largest piece, in square map units unzoomed. */
  area: number;
}

/** Natural Earth's long forms the map shortens. */
const SHORT: Readonly<Record<string, string>> = {
  'United States of America': 'United States',
  'Dem. Rep. Congo': 'DR Congo',
  'Central African Rep.': 'C. African Rep.',
};

/**
 * One anchor per named country (a name the atlas repeats, as it does Australia's, is labelled once).
 * @example countryAnchors(countries, geoPath(projection))[0] // {id: 'CHN', name: 'China', x: 402, y: 190, area: 31000}
 */
export function countryAnchors(
  countries: readonly CountryFeature[],
  path: GeoPath,
): CountryAnchor[] {
  const best = new Map<string, CountryAnchor>();
  for (const c of countries) {
    const name = SHORT[c.properties.name] ?? c.properties.name;
    const g = c.geometry;
    const pieces: GeoJSON.Polygon[] =
      g.type === 'MultiPolygon'
        ? g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
        : g.type === 'Polygon'
          ? [g]
          : [];
    for (const piece of pieces) {
      const area = path.area(piece);
      if (!(area > 0) || area <= (best.get(name)?.area ?? 0)) continue;
      const [x, y] = path.centroid(piece);
      if (Number.isFinite(x) && Number.isFinite(y))
        best.set(name, { id: String(c.id ?? name), name, x, y, area });
    }
  }
  return [...best.values()];
}
