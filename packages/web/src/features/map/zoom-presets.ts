/** Named views of the map (Indo-Pacific, Northeast Asia, …) as frames in degrees, and the zoom transform that shows each. */
import type { GeoProjection } from 'd3-geo';
import { type Frame, frameOutline, INDO_PACIFIC } from './projection.ts';

export interface ZoomPreset {
  id: string;
  label: string;
  frame: Frame;
}

/** The presets in the order the map's toolbar offers them; east beyond 180 crosses the antimeridian. */
export const ZOOM_PRESETS: readonly ZoomPreset[] = [
  { id: 'indo-pacific', label: 'Indo-Pacific', frame: INDO_PACIFIC },
  {
    id: 'northeast-asia',
    label: 'Northeast Asia',
    frame: { west: 117, east: 148, south: 22, north: 48 },
  },
  {
    id: 'south-china-sea',
    label: 'South China Sea',
    frame: { west: 103, east: 123, south: 0, north: 24 },
  },
  { id: 'europe', label: 'Europe', frame: { west: -12, east: 42, south: 34, north: 66 } },
  // The whole sphere: the map is cut at 30°W, so it runs from there east round to 330°E.
  { id: 'world', label: 'World', frame: { west: -29.5, east: 329.5, south: -80, north: 84 } },
];

/** A zoom transform: a screen point is base point × k + (x, y). */
export interface View {
  k: number;
  x: number;
  y: number;
}

/**
 * The transform that fits a frame, drawn by `projection`, into width × height, centred.
 * @example viewOf(fitIndoPacific(1000, 620), ZOOM_PRESETS[2].frame, 1000, 620) // {k: ≈7, …}
 */
export function viewOf(
  projection: GeoProjection,
  frame: Frame,
  width: number,
  height: number,
): View {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const lonLat of frameOutline(frame, 2).coordinates) {
    const p = projection(lonLat as [number, number]);
    if (!p) continue;
    [x0, y0, x1, y1] = [
      Math.min(x0, p[0]),
      Math.min(y0, p[1]),
      Math.max(x1, p[0]),
      Math.max(y1, p[1]),
    ];
  }
  const k = Math.min(width / (x1 - x0), height / (y1 - y0));
  return { k, x: width / 2 - (k * (x0 + x1)) / 2, y: height / 2 - (k * (y0 + y1)) / 2 };
}
