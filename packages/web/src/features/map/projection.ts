/** The map's projection: Equal Earth rotated to 150°E so the Pacific sits whole, from Pakistan to California and New Zealand. */
import { type GeoProjection, geoEqualEarth } from 'd3-geo';

/** The frame in degrees; east beyond 180 crosses the antimeridian to take in Hawaii. */
export interface Frame {
  west: number;
  east: number;
  south: number;
  north: number;
}

export const INDO_PACIFIC: Frame = { west: 60, east: 205, south: -15, north: 60 };

/** What the workbench map shows: the Indo-Pacific with Australia, New Zealand and the continental US's west coast (242°E is 118°W). */
export const MAP_FRAME: Frame = { west: 62, east: 242, south: -48, north: 58 };

/** The rotation's centre: the cut then runs down the Atlantic, away from every Pacific link. */
const CENTRE_LONGITUDE = 150;

/** Points along the frame's edges, dense enough that the fit follows the curved parallels. */
export function frameOutline(frame: Frame = INDO_PACIFIC, step = 5): GeoJSON.MultiPoint {
  const coordinates: [number, number][] = [];
  const wrap = (lon: number) => (lon > 180 ? lon - 360 : lon);
  for (let lon = frame.west; lon <= frame.east; lon += step)
    coordinates.push([wrap(lon), frame.south], [wrap(lon), frame.north]);
  for (let lat = frame.south; lat <= frame.north; lat += step)
    coordinates.push([wrap(frame.west), lat], [wrap(frame.east), lat]);
  return { type: 'MultiPoint', coordinates };
}

/**
 * A projection that fits the frame into width × height; the rest of the world is drawn around it, for zooming out.
 * @example fitIndoPacific(1000, 620)([139.69, 35.69]) // Tokyo, near the middle-right
 */
export function fitIndoPacific(
  width: number,
  height: number,
  frame = MAP_FRAME,
  pad = 4,
): GeoProjection {
  return geoEqualEarth()
    .rotate([-CENTRE_LONGITUDE, 0])
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      frameOutline(frame),
    );
}
