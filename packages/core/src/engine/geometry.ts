/** Plane geometry on longitude/latitude: boxes, point-in-polygon and a representative point of a place. */
import type { Geometry } from '../model/place.ts';

export type LonLat = readonly [number, number];

/**
 * True when the point lies in the box [west, south, east, north]; west > east crosses the antimeridian.
 * @example inBox([179.5, 10], [170, 0, -170, 20]) // true
 */
export function inBox(point: LonLat, box: readonly [number, number, number, number]): boolean {
  const [lon, lat] = point;
  const [west, south, east, north] = box;
  if (lat < south || lat > north) return false;
  return west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
}

/** Even-odd ray casting over one ring of [lon, lat] positions. */
function inRing(point: LonLat, ring: readonly (readonly number[])[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const inPolygon = (point: LonLat, rings: readonly (readonly (readonly number[])[])[]): boolean =>
  rings.length > 0 &&
  inRing(point, rings[0]!) &&
  !rings.slice(1).some((hole) => inRing(point, hole));

/** How close (degrees) a point must be to a point-shaped place to count as at it (about 20 km). */
export const POINT_TOLERANCE = 0.2;

/**
 * True when the point lies in the geometry (or within POINT_TOLERANCE of a point geometry).
 * @example contains({type: 'Point', coordinates: [115.9, 9.7]}, [115.85, 9.75]) // true
 */
export function contains(geometry: Geometry, point: LonLat): boolean {
  if (geometry.type === 'Point') {
    const [lon, lat] = geometry.coordinates;
    return (
      Math.abs(lon - point[0]) <= POINT_TOLERANCE && Math.abs(lat - point[1]) <= POINT_TOLERANCE
    );
  }
  if (geometry.type === 'Polygon') return inPolygon(point, geometry.coordinates);
  return geometry.coordinates.some((polygon) => inPolygon(point, polygon));
}

/**
 * A point that stands for the geometry in box tests: the point itself, or the middle of the
 * first ring's bounding box.
 * @example representativePoint({type: 'Point', coordinates: [144.8, 13.4]}) // [144.8, 13.4]
 */
export function representativePoint(geometry: Geometry): LonLat {
  if (geometry.type === 'Point') return geometry.coordinates;
  const ring = geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.coordinates[0]?.[0];
  if (!ring || ring.length === 0) return [0, 0];
  const lons = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  return [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
}

/** The area of the first ring's bounding box, to prefer the most specific of several containing places. */
export function extent(geometry: Geometry): number {
  if (geometry.type === 'Point') return 0;
  const ring = geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.coordinates[0]?.[0];
  if (!ring) return 0;
  const lons = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  return (Math.max(...lons) - Math.min(...lons)) * (Math.max(...lats) - Math.min(...lats));
}
