/** Where each gazetteer place is drawn: a point on the map and a marker shape that says what it is. */
import { isWorldPlaceId } from '@casus/core';
import { type GeoProjection, geoCentroid } from 'd3-geo';
import type { PlaceFeature } from '../../api/client.ts';
import { rewind } from './rewind.ts';

export type MarkerShape = 'disputed' | 'territory' | 'homeland' | 'sea';

export interface PlacePoint {
  id: string;
  name: string;
  x: number;
  y: number;
  shape: MarkerShape;
  feature: PlaceFeature;
}

/** Disputed places are diamonds, seas rings, metropolitan territory small squares, the rest dots. */
export function shapeOf(p: PlaceFeature['properties']): MarkerShape {
  if (p.kind === 'sea') return 'sea';
  if (p.claimants.length > 0 || p.tags.includes('disputed')) return 'disputed';
  if (p.tags.includes('metropolitan')) return 'homeland';
  return 'territory';
}

/**
 * The curated places that fall inside the map, projected (points as given, polygons at their centroid).
 * @example projectPlaces(features, fitIndoPacific(1000, 600), 1000, 600)
 */
export function projectPlaces(
  features: readonly PlaceFeature[],
  projection: GeoProjection,
  width: number,
  height: number,
): PlacePoint[] {
  const out: PlacePoint[] = [];
  for (const f of features) {
    // A state's home territory from world.yaml is the country the atlas already draws: no marker.
    if (isWorldPlaceId(f.properties.id)) continue;
    const lonLat =
      f.geometry.type === 'Point'
        ? (f.geometry.coordinates as [number, number])
        : geoCentroid(rewind(f.geometry));
    const xy = projection(lonLat);
    if (!xy || xy[0] < 0 || xy[1] < 0 || xy[0] > width || xy[1] > height) continue;
    out.push({
      id: f.properties.id,
      name: f.properties.name,
      x: xy[0],
      y: xy[1],
      shape: shapeOf(f.properties),
      feature: f,
    });
  }
  return out;
}

/** How eagerly a place is labelled: disputed flashpoints first, then islands, then seas. */
export function labelPriority(p: PlacePoint): number {
  if (p.shape === 'disputed') return p.feature.properties.tags.includes('metropolitan') ? 4 : 3;
  if (p.shape === 'territory') return 2;
  if (p.shape === 'sea') return 1;
  return 0;
}
