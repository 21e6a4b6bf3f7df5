/** The job kinds the server runs by default: `compare`, a battery of scenarios under several architectures. */
import { ArchitectureId, runCascade } from '@casus/core';
import { z } from 'zod';
import type { JobRunner } from './jobs.ts';
import type { LibraryState } from './library-state.ts';
import { createWorldCache } from './world-cache.ts';

export const CompareParams = z
  .object({
    /** Library scenario ids; default: the whole battery. */
    scenarios: z.array(z.string()).min(1).optional(),
    architectures: z.array(ArchitectureId).min(1),
    mode: z.enum(['strict', 'honoured']).default('honoured'),
  })
  .strict();
export type CompareParams = z.infer<typeof CompareParams>;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs each scenario under each architecture, one cascade per pair, yielding between pairs so
 * that progress is reported and a cancel stops it at once.
 * @example await compareRunner(state).run({architectures: ['status-quo'], mode: 'honoured'}, ctx)
 */
export function compareRunner(state: LibraryState): JobRunner<CompareParams> {
  const { library } = state;
  const worlds = createWorldCache(library, 16);
  return {
    params: CompareParams,
    summary:
      'each scenario of the battery under each architecture: who enters, on which side, in which round',
    async run(params, { signal, onProgress }) {
      const scenarioIds = params.scenarios ?? [...library.scenarios.keys()];
      const unknown = [
        ...scenarioIds.filter((id) => !library.scenarios.has(id)),
        ...params.architectures.filter((id) => !library.architectures.has(id)),
      ];
      if (unknown.length > 0) throw new Error(`not in the library: ${unknown.join(', ')}`);
      const total = scenarioIds.length * params.architectures.length;
      const rows = [];
      for (const id of scenarioIds) {
        const scenario = library.scenarios.get(id)!;
        for (const architecture of params.architectures) {
          if (signal.aborted) return { rows };
          const world = worlds.get({ ...scenario, architecture });
          const result = runCascade(world, scenario.events, { mode: params.mode });
          const side = (s: string) =>
            result.entries.filter((e) => e.side === s).map((e) => e.state);
          rows.push({
            scenario: id,
            architecture,
            attackers: side('attacker'),
            defenders: side('defender'),
            rounds: result.rounds,
          });
          onProgress({ done: rows.length, total });
          await nextTurn();
        }
      }
      return { mode: params.mode, libraryVersion: state.hash, rows };
    },
  };
}

/**
 * The default job kinds over a library.
 * @example Object.keys(defaultJobRunners(state)) // ['compare']
 */
export const defaultJobRunners = (state: LibraryState): Record<string, JobRunner> => ({
  compare: compareRunner(state) as JobRunner,
});
