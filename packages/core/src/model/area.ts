/** Treaty areas: named predicates over places and coordinates, defined once, reused by clauses. */
import { z } from 'zod';
import { AreaId, PlaceId, StateId } from './ids.ts';

/** A box in degrees: [west, south, east, north]; west > east crosses the antimeridian. */
const Box = z.tuple([
  z.number().min(-180).max(180),
  z.number().min(-90).max(90),
  z.number().min(-180).max(180),
  z.number().min(-90).max(90),
]);

export type AreaRule =
  | { any: AreaRule[] }
  | { all: AreaRule[] }
  | { not: AreaRule }
  | { area: AreaId }
  | { administeredBy: StateId[] }
  | { places: PlaceId[] }
  | { tags: string[] }
  | { box: [number, number, number, number] };

export const AreaRule: z.ZodType<AreaRule> = z.lazy(() =>
  z.union([
    z.object({ any: z.array(AreaRule).min(1) }).strict(),
    z.object({ all: z.array(AreaRule).min(1) }).strict(),
    z.object({ not: AreaRule }).strict(),
    z.object({ area: AreaId }).strict(),
    z.object({ administeredBy: z.array(StateId).min(1) }).strict(),
    z.object({ places: z.array(PlaceId).min(1) }).strict(),
    z.object({ tags: z.array(z.string()).min(1) }).strict(),
    z.object({ box: Box }).strict(),
  ]),
);

export const Area = z
  .object({
    id: AreaId,
    /** The treaty's own words for the area, e.g. "the territories under the administration of Japan". */
    name: z.string().min(1),
    /** Plain-language statement of how the rule draws the area (shown with every answer). */
    description: z.string().min(1),
    rule: AreaRule,
    source: z.string().min(1),
  })
  .strict();
export type Area = z.infer<typeof Area>;

export const AreasFile = z.object({ areas: z.array(Area).min(1) }).strict();
