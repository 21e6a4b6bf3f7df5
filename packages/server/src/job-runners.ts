/** The job kinds the server runs: the Monte Carlo `compare` and `simulate`, or, without a reliability model, the honoured `compare`. */
import { ArchitectureId, hasErrors, type Issue, runCascade } from '@casus/core';
import { createMonteCarloRunner, loadSimContext } from '@casus/runner';
import { z } from 'zod';
import { inJobThreads } from './job-thread.ts';
import type { JobRunner } from './jobs.ts';
import type { LibraryState } from './library-state.ts';
import { monteCarloJobRunners } from './monte-carlo-jobs.ts';
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

export interface JobRunnerOptions {
  /** A reliability file of either form (default: the library's models/reliability-fitted.yaml). */
  reliability?: string | undefined;
  /** Worker threads per Monte Carlo job (default: all cores). */
  workers?: number | undefined;
  /** Run the Monte Carlo jobs on this thread (a job's own thread does); default: each on a thread of its own (job-thread.ts). */
  inProcess?: boolean | undefined;
  /** Load a job thread before the first job asks for one (`casus serve` does, with `planAhead`). */
  warm?: boolean | undefined;
}

/**
 * The job kinds over a library: the Monte Carlo `compare` and `simulate`, each job on a thread
 * of its own with @casus/runner's worker pool under it, the same answers as `casus compare --json` and `casus run --mode probabilistic
 * --json`; when the reliability model does not load, the honoured `compare`, with the issues why.
 * @example Object.keys(jobRunnersFor(state).runners) // ['compare', 'simulate']
 */
export function jobRunnersFor(
  state: LibraryState,
  options: JobRunnerOptions = {},
): { runners: Record<string, JobRunner>; issues: Issue[] } {
  const loaded = loadSimContext({
    libraryDir: state.dir,
    // A library with errors is parsed again, to fail with them: no Monte Carlo on a broken library.
    library: hasErrors(state.issues) ? undefined : state.library,
    reliability: options.reliability,
  });
  if (!loaded.ok)
    return { runners: { compare: compareRunner(state) as JobRunner }, issues: loaded.issues };
  const engine = createMonteCarloRunner(loaded.value, { workers: options.workers });
  const runners = monteCarloJobRunners(state, engine);
  return {
    runners: options.inProcess ? runners : inJobThreads(runners, state, options),
    issues: [],
  };
}
