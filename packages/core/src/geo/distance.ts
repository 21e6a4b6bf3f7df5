/** Great-circle distance between two places on the Earth, in statute miles or kilometres. */

/** Mean Earth radius in statute miles (IUGG mean radius 6,371.0088 km). */
const EARTH_RADIUS_MILES = 3958.7613;
const MILES_PER_KM = 0.621371192;

/**
 * Great-circle distance in statute miles between two [lon, lat] points (haversine).
 * @example greatCircleMiles([139.69, 35.69], [-77.04, 38.90]) // ≈ 6,760
 */
export function greatCircleMiles(
  a: readonly [number, number],
  b: readonly [number, number],
): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const milesToKm = (miles: number): number => miles / MILES_PER_KM;
