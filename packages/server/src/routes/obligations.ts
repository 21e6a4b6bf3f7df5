/** POST /api/obligations: who is obliged to act on each event, by which article, and who is not and why. */
import {
  ArchitectureId,
  Assumptions,
  checkScenario,
  defaultAssumptions,
  Event,
  findObligations,
  IsoDate,
  markCounterstrikes,
  noCommitments,
  type ObligationsOutput,
  ObligationsOutputSchema,
  obligationsOutput,
  type Scenario,
} from '@casus/core';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { badInput } from '../errors.ts';
import { defineRoute } from '../route.ts';

export const ObligationsRequest = z
  .object({
    date: IsoDate,
    architecture: ArchitectureId.default('status-quo' as ArchitectureId),
    events: z.array(Event).min(1).max(100),
    assumptions: Assumptions.default(defaultAssumptions),
  })
  .strict();
export type ObligationsRequest = z.infer<typeof ObligationsRequest>;

/**
 * The request as a scenario, so core's reference checks apply; its pointers match the request body.
 * @example asScenario({date, architecture: 'status-quo', events, assumptions}).events.length // 1
 */
export const asScenario = (r: ObligationsRequest): Scenario => ({
  id: 'request',
  name: 'request',
  description: 'an API request',
  ...r,
});

/** The obligations route. */
export const obligationRoutes = ({ state, worlds }: AppContext) => [
  defineRoute({
    method: 'POST',
    url: '/api/obligations',
    summary:
      'Findings for each event under an architecture on a date (the CLI `obligations --json` objects)',
    tag: 'engine',
    body: ObligationsRequest,
    responses: {
      200: {
        description: 'the header and every finding, fired or not',
        schema: ObligationsOutputSchema,
      },
    },
    handler: ({ body }): ObligationsOutput => {
      const issues = checkScenario(asScenario(body), state.library);
      if (issues.length > 0) throw badInput(issues);
      const world = worlds.get(body);
      const { architecture, date, assumptions, events } = body;
      return obligationsOutput(
        { architecture, date, assumptions, libraryVersion: state.hash },
        events,
        markCounterstrikes(world, events).flatMap((event, i) =>
          findObligations(world, event, i, worlds.answers),
        ),
        events.flatMap((event, i) => noCommitments(world, event, i)),
      );
    },
  }),
];
