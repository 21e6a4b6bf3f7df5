/** GET /api/states: the COW state system, with ISO codes and names. */
import { allStates } from '@casus/core';
import { z } from 'zod';
import { defineRoute } from '../route.ts';

export const StateList = z.array(
  z.object({ ccode: z.number().int(), iso3: z.string(), name: z.string() }),
);

/** The states route. */
export const stateRoutes = () => [
  defineRoute({
    method: 'GET',
    url: '/api/states',
    summary: 'Every state of the COW state system (Taiwan is COW 713)',
    tag: 'library',
    responses: { 200: { description: 'states', schema: StateList } },
    handler: () => allStates().map(({ ccode, iso3, name }) => ({ ccode, iso3, name })),
  }),
];
