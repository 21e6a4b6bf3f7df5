/** GET /api/architectures: the named architectures the library defines. */
import { Architecture, type ArchitectureId } from '@casus/core';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { unknownId } from '../errors.ts';
import { defineRoute } from '../route.ts';

/** The architecture routes. */
export const architectureRoutes = ({ state }: AppContext) => [
  defineRoute({
    method: 'GET',
    url: '/api/architectures',
    summary: 'Architectures: a base, agreements added and removed, assumptions',
    tag: 'library',
    responses: { 200: { description: 'architectures', schema: z.array(Architecture) } },
    handler: () => [...state.library.architectures.values()],
  }),
  defineRoute({
    method: 'GET',
    url: '/api/architectures/:id',
    summary: 'One architecture',
    tag: 'library',
    responses: { 200: { description: 'the architecture', schema: Architecture } },
    handler: ({ params }) => {
      const found = state.library.architectures.get(params.id as ArchitectureId);
      if (!found)
        throw unknownId('architecture', params.id ?? '', state.library.architectures.keys());
      return found;
    },
  }),
];
