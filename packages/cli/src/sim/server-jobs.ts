/** The workbench's Monte Carlo jobs: the server's `compare` and `simulate` kinds, run on this package's worker pool. */
import type { Result } from '@casus/core';
import {
  type JobContext,
  type JobRunner,
  type LibraryState,
  monteCarloJobRunners,
} from '@casus/server';
import { compareArchitectures } from './comparison.ts';
import { loadSimContext } from './context.ts';
import { simulateScenario } from './run-probabilistic.ts';

export interface ServerJobOptions {
  /** Reliability parameters (default: the library's models/reliability.yaml). */
  reliability?: string | undefined;
  /** Worker threads per job (default: all cores). */
  workers?: number | undefined;
}

/** What the worker pool needs from a job: its stop signal and a progress callback. */
const poolOptions = ({ signal, onProgress }: JobContext) => ({
  signal,
  onProgress: (done: number, total: number) => onProgress({ done, total }),
});

/**
 * The job runners `casus serve` injects: the same answers as `casus compare --json` and
 * `casus run --mode probabilistic --json`, cancelled through the job's AbortSignal.
 * @example const runners = serverJobRunners(loadLibraryState()); if (runners.ok) buildApp({jobRunners: runners.value})
 */
export function serverJobRunners(
  state: LibraryState,
  options: ServerJobOptions = {},
): Result<Record<string, JobRunner>> {
  const loaded = loadSimContext({ libraryDir: state.dir, reliability: options.reliability });
  if (!loaded.ok) return loaded;
  const ctx = loaded.value;
  const { workers } = options;
  const runners = monteCarloJobRunners(state, {
    async compare({ library, scenarios, architectures, trials, seed }, job) {
      const flags = { trials, seed, workers, ...poolOptions(job) };
      return (await compareArchitectures(ctx, scenarios, architectures, flags, undefined, library))
        .answer;
    },
    simulate: ({ library, scenario, architecture, trials, seed }, job) =>
      simulateScenario(
        ctx,
        scenario,
        architecture,
        { trials, seed, workers, ...poolOptions(job) },
        undefined,
        library,
      ),
  });
  return { ok: true, value: runners, issues: loaded.issues };
}
