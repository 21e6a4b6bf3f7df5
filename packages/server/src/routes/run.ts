/** POST /api/run: a scenario followed as its obligations cascade, in strict or honoured mode. */
import {
  ArchitectureId,
  type CascadeOutput,
  CascadeOutputSchema,
  checkScenario,
  runCascade,
  Scenario,
} from '@casus/core';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { badInput } from '../errors.ts';
import { defineRoute } from '../route.ts';
import { unknownInQuery } from './lookups.ts';

export const RunRequest = z
  .object({
    scenario: Scenario.optional(),
    scenarioId: z.string().optional(),
    mode: z.enum(['strict', 'honoured']),
    /** Runs the scenario under this architecture instead of its own. */
    architecture: ArchitectureId.optional(),
  })
  .strict()
  .refine((r) => (r.scenario === undefined) !== (r.scenarioId === undefined), {
    message:
      'give exactly one of "scenario" (an inline scenario) or "scenarioId" (a library scenario)',
    path: ['scenario'],
  });

/** The run route. */
export const runRoutes = ({ state, worlds }: AppContext) => [
  defineRoute({
    method: 'POST',
    url: '/api/run',
    summary: 'Run a scenario (inline or from the library) to the cascade fixpoint',
    tag: 'engine',
    body: RunRequest,
    responses: {
      200: { description: 'sides, rounds and why each state entered', schema: CascadeOutputSchema },
    },
    handler: ({ body }): CascadeOutput => {
      const { library } = state;
      const given = body.scenario ?? library.scenarios.get(body.scenarioId ?? '');
      if (!given)
        throw unknownInQuery(
          'scenario',
          'scenarioId',
          body.scenarioId ?? '',
          library.scenarios.keys(),
        );
      const scenario = { ...given, architecture: body.architecture ?? given.architecture };
      const overridden = (pointer: string) => pointer === '/architecture' && body.architecture;
      const issues = checkScenario(scenario, library).map((i) =>
        body.scenario && !overridden(i.pointer) ? { ...i, pointer: `/scenario${i.pointer}` } : i,
      );
      if (issues.length > 0) throw badInput(issues);
      const world = worlds.get(scenario);
      const { architecture, date, assumptions, id, name, description, events } = scenario;
      return {
        header: { architecture, date, mode: body.mode, assumptions, libraryVersion: state.hash },
        scenario: { id, name, description },
        events,
        result: runCascade(world, events, { mode: body.mode, cache: worlds.answers }),
      };
    },
  }),
];
