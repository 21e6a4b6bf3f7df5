/** GET /api/areas: the named treaty areas, with the plain-words description of each. */
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { defineRoute } from '../route.ts';

export const AreaList = z.array(
  z.object({ id: z.string(), name: z.string(), description: z.string() }),
);

/** The areas route. */
export const areaRoutes = ({ state }: AppContext) => [
  defineRoute({
    method: 'GET',
    url: '/api/areas',
    summary: 'Treaty areas',
    tag: 'library',
    responses: { 200: { description: 'areas', schema: AreaList } },
    handler: () =>
      [...state.library.areas.values()].map(({ id, name, description }) => ({
        id,
        name,
        description,
      })),
  }),
];
