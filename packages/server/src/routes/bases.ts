/** GET /api/bases: the library's military facilities, by host, user, date and architecture (as `casus bases`). */
import {
  ArchitectureId,
  allStates,
  BasesOutputSchema,
  basesOutput,
  IsoDate,
  isKnownState,
  StateId,
} from '@casus/core';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { defineRoute } from '../route.ts';
import { knownArchitecture, unknownInQuery } from './lookups.ts';

export const BaseQuery = z
  .object({
    host: StateId.optional(),
    user: StateId.optional(),
    date: IsoDate.optional(),
    architecture: ArchitectureId.optional(),
  })
  .strict();

function knownStateInQuery(field: 'host' | 'user', id: StateId | undefined) {
  if (id !== undefined && !isKnownState(id))
    throw unknownInQuery(
      'state',
      field,
      id,
      allStates().map((s) => s.iso3),
    );
  return id;
}

/** The bases route. */
export const baseRoutes = ({ state }: AppContext) => [
  defineRoute({
    method: 'GET',
    url: '/api/bases',
    summary:
      'Military bases and access sites, optionally by host, user, date (opened ≤ date < closed) and architecture (which adds its proposals)',
    tag: 'library',
    query: BaseQuery,
    responses: { 200: { description: 'the query and its bases', schema: BasesOutputSchema } },
    handler: ({ query }) => {
      const host = knownStateInQuery('host', query.host);
      const user = knownStateInQuery('user', query.user);
      const architecture = query.architecture
        ? knownArchitecture(state.library, query.architecture)
        : undefined;
      return basesOutput(state.library, { host, user, date: query.date, architecture });
    },
  }),
];
