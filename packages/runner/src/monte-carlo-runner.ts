/** The Monte Carlo runs a workbench job asks for, on this package's worker pool, stopped by the job's signal. */
import type { Library, Scenario, SensitivityMeasure } from '@casus/core';
import { type Comparison, compareArchitectures } from './comparison.ts';
import type { SimContext } from './context.ts';
import { type OneAtATimeAnswer, sensitivityOneAtATime } from './sensitivity.ts';
import { type ScenarioAnswer, simulateScenario } from './simulate-scenario.ts';

export interface CompareRun {
  /** The library with the job's designed pacts added. */
  library: Library;
  scenarios: Scenario[];
  architectures: string[];
  trials: number;
  seed: number;
}

export interface SimulateRun {
  library: Library;
  scenario: Scenario;
  architecture: string;
  trials: number;
  seed: number;
}

export interface SensitivityRun {
  library: Library;
  scenarios: Scenario[];
  architectures: string[];
  measure: SensitivityMeasure;
  trials: number;
  seed: number;
}

/** What a run hears from its job: stop when `signal` aborts, report trial blocks done of the total. */
export interface RunControl {
  signal: AbortSignal;
  onProgress(progress: { done: number; total: number }): void;
}

/** Runs the trials of the workbench's `compare`, `simulate` and `sensitivity` jobs. */
export interface MonteCarloRunner {
  compare(run: CompareRun, control: RunControl): Promise<Comparison>;
  simulate(run: SimulateRun, control: RunControl): Promise<ScenarioAnswer>;
  sensitivity(run: SensitivityRun, control: RunControl): Promise<OneAtATimeAnswer>;
}

/** What the worker pool needs from a job: its stop signal and a progress callback. */
const poolOptions = ({ signal, onProgress }: RunControl) => ({
  signal,
  onProgress: (done: number, total: number) => onProgress({ done, total }),
});

/**
 * The runner whose answers are those of `casus compare --json`, `casus run --mode
 * probabilistic --json` and `casus sensitivity --json` (one at a time, the default ranges), over the reliability model and library hash of `ctx`.
 * @example const runner = createMonteCarloRunner(ctx, {workers: 2}); await runner.simulate(run, {signal, onProgress})
 */
export function createMonteCarloRunner(
  ctx: SimContext,
  options: { workers?: number | undefined } = {},
): MonteCarloRunner {
  const { workers } = options;
  return {
    async compare({ library, scenarios, architectures, trials, seed }, control) {
      const flags = { trials, seed, workers, ...poolOptions(control) };
      return (await compareArchitectures(ctx, scenarios, architectures, flags, library)).answer;
    },
    simulate: ({ library, scenario, architecture, trials, seed }, control) =>
      simulateScenario(
        ctx,
        scenario,
        architecture,
        { trials, seed, workers, ...poolOptions(control) },
        library,
      ),
    sensitivity: ({ library, scenarios, architectures, measure, trials, seed }, control) =>
      sensitivityOneAtATime(
        ctx,
        { scenarios, architectures, library },
        { trials, seed, workers, measure, ...poolOptions(control) },
      ),
  };
}
