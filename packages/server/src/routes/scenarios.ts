/** GET /api/scenarios: the library's scenario battery, and each scenario in full. */
import { Scenario } from '@casus/core';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { unknownId } from '../errors.ts';
import { defineRoute } from '../route.ts';

export const ScenarioSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  date: z.string(),
  architecture: z.string(),
});

/** The scenario routes. */
export const scenarioRoutes = ({ state }: AppContext) => [
  defineRoute({
    method: 'GET',
    url: '/api/scenarios',
    summary: 'The scenario battery',
    tag: 'library',
    responses: { 200: { description: 'scenario summaries', schema: z.array(ScenarioSummary) } },
    handler: () =>
      [...state.library.scenarios.values()].map(
        ({ id, name, description, date, architecture }) => ({
          id,
          name,
          description,
          date,
          architecture,
        }),
      ),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/scenarios/:id',
    summary: 'One scenario in full',
    tag: 'library',
    responses: { 200: { description: 'the scenario', schema: Scenario } },
    handler: ({ params }) => {
      const found = state.library.scenarios.get(params.id ?? '');
      if (!found) throw unknownId('scenario', params.id ?? '', state.library.scenarios.keys());
      return found;
    },
  }),
];
