/** Gazetteer entries: where things are, who administers them and who claims them. */
import { z } from 'zod';
import { IsoDate, PlaceId, StateId } from './ids.ts';

export const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export type Position = z.infer<typeof Position>;

/** GeoJSON geometry (RFC 7946): longitude first. Points for small features, polygons for areas. */
export const Geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: Position }).strict(),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(Position).min(4)) }).strict(),
  z
    .object({
      type: z.literal('MultiPolygon'),
      coordinates: z.array(z.array(z.array(Position).min(4))),
    })
    .strict(),
]);
export type Geometry = z.infer<typeof Geometry>;

export const PlaceKind = z.enum(['territory', 'sea', 'border']);
export type PlaceKind = z.infer<typeof PlaceKind>;

/** Who administered a place over a span, where it changed hands (the Philippines held Scarborough Shoal until 2012). */
export const Administration = z
  .object({
    state: StateId,
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    source: z.string().min(1),
  })
  .strict();
export type Administration = z.infer<typeof Administration>;

export const Place = z
  .object({
    id: PlaceId,
    name: z.string().min(1),
    altNames: z.array(z.string()).default([]),
    kind: PlaceKind,
    /** The state that administers it today (the test Article V of the US–Japan treaty uses). */
    administeredBy: StateId.optional(),
    /** Earlier (or later) administrators by date; on a date none covers, `administeredBy` holds. */
    administration: z.array(Administration).default([]),
    /** States other than the administrator that claim sovereignty. */
    claimants: z.array(StateId).default([]),
    /** The larger place it lies within, e.g. JPN.senkaku within JPN.ryukyu. */
    within: PlaceId.optional(),
    tags: z.array(z.string().regex(/^[a-z0-9-]+$/, 'a kebab-case tag, e.g. "pacific"')).default([]),
    geometry: Geometry,
    note: z.string().optional(),
    source: z.string().optional(),
  })
  .strict();
export type Place = z.infer<typeof Place>;

export const PlacesFile = z.object({ places: z.array(Place).min(1) }).strict();
