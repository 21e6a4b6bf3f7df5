/** GET /api/places: the gazetteer as a GeoJSON FeatureCollection for the map. */
import { Geometry } from '@casus/core';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { defineRoute } from '../route.ts';

export const PlaceCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      geometry: Geometry,
      properties: z.object({
        id: z.string(),
        name: z.string(),
        kind: z.string(),
        administeredBy: z.string().nullable(),
        claimants: z.array(z.string()),
        tags: z.array(z.string()),
      }),
    }),
  ),
});

/** The places route; built once, the library does not change while the server runs. */
export function placeRoutes({ state }: AppContext) {
  const collection: z.infer<typeof PlaceCollection> = {
    type: 'FeatureCollection',
    features: [...state.library.places.values()].map((p) => ({
      type: 'Feature',
      id: p.id,
      geometry: p.geometry,
      properties: {
        id: p.id,
        name: p.name,
        kind: p.kind,
        administeredBy: p.administeredBy ?? null,
        claimants: p.claimants,
        tags: p.tags,
      },
    })),
  };
  return [
    defineRoute({
      method: 'GET',
      url: '/api/places',
      summary: 'The gazetteer as GeoJSON',
      tag: 'library',
      responses: { 200: { description: 'a FeatureCollection', schema: PlaceCollection } },
      handler: () => collection,
    }),
  ];
}
