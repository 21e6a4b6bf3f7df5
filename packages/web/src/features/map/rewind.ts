/** GeoJSON rings wound for d3-geo: RFC 7946 winds exteriors counter-clockwise, d3 reads that as "everything else". */
import { geoArea } from 'd3-geo';

type Ring = GeoJSON.Position[];

function rewindPolygon(rings: Ring[]): Ring[] {
  const area = geoArea({ type: 'Polygon', coordinates: rings });
  return area > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
}

/**
 * The geometry with every polygon covering less than a hemisphere, as d3 expects.
 * @example geoArea(rewind(rfc7946Square)) < 2 * Math.PI // true
 */
export function rewind(g: GeoJSON.Geometry): GeoJSON.Geometry {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: rewindPolygon(g.coordinates) };
  if (g.type === 'MultiPolygon')
    return { type: 'MultiPolygon', coordinates: g.coordinates.map(rewindPolygon) };
  return g;
}
