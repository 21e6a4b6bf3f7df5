/** One scenario under one architecture as data: what `casus run --mode probabilistic --json` prints and a workbench simulate job returns. */
import type { Library, Scenario } from '@casus/core';
import { modelStamp, type SimContext } from './context.ts';
import { type BatteryOptions, runBattery } from './run-battery.ts';

/**
 * One scenario under one architecture, simulated: P(enter) per state with 95% intervals, the war's
 * measures, the obligations, and the model stamp; `library` may hold agreements added for this run.
 * @example (await simulateScenario(ctx, scenario, 'status-quo', {trials: 2000, seed: 1})).result.states
 */
export async function simulateScenario(
  ctx: SimContext,
  scenario: Scenario,
  architecture: string,
  options: BatteryOptions,
  library: Library = ctx.library,
) {
  const [run] = await runBattery(ctx, [scenario], [architecture], options, library);
  const result = run!.summary;
  return {
    command: 'run',
    mode: 'probabilistic',
    scenario: scenario.id,
    architecture,
    date: scenario.date,
    assumptions: scenario.assumptions,
    seed: options.seed,
    trials: result.trials,
    model: modelStamp(ctx),
    result,
  };
}

export type ScenarioAnswer = Awaited<ReturnType<typeof simulateScenario>>;
