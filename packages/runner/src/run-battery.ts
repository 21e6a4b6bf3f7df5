/** Prepares scenarios under architectures and simulates them all in one worker pool. */
import {
  type Aggregate,
  type Library,
  type PreparedScenario,
  prepareScenario,
  type Scenario,
  type ScenarioSummary,
  type StateId,
  summarize,
} from '@casus/core';
import type { SimContext } from './context.ts';
import { simulate } from './parallel.ts';
import { widestInBatteryAnswer } from './stopping-rule.ts';

export interface BatteryOptions {
  trials: number;
  seed: number;
  workers?: number | undefined;
  ciWidth?: number | undefined;
  /** Aborting stops the workers; `runBattery` then rejects with an AbortError. */
  signal?: AbortSignal | undefined;
  /** Trial blocks done of the total, as they finish. */
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** States whose P(entangled) over the battery the answer reports, for the stopping rule. */
  members?: readonly StateId[] | undefined;
}

export interface BatteryRun {
  prepared: PreparedScenario;
  aggregate: Aggregate;
  summary: ScenarioSummary;
}

/**
 * Every scenario under every architecture, simulated with the same seed (with `ciWidth`, until
 * every scenario's probabilities and each architecture's battery totals are that narrow);
 * `library` may hold agreements added for this run.
 * @example await runBattery(ctx, scenarios, ['status-quo'], {trials: 10_000, seed: 1})
 */
export async function runBattery(
  ctx: SimContext,
  scenarios: readonly Scenario[],
  architectures: readonly (string | undefined)[],
  options: BatteryOptions,
  library: Library = ctx.library,
): Promise<BatteryRun[]> {
  const prepared = architectures.flatMap((architecture) =>
    scenarios.map((s) =>
      prepareScenario(library, s, { architecture, params: ctx.params, inputs: ctx.inputs }),
    ),
  );
  const widest = widestInBatteryAnswer(prepared, scenarios.length, options.members ?? []);
  const aggregates = await simulate(
    prepared.map((p) => p.sim),
    { ...options, widest },
  );
  return prepared.map((p, i) => ({
    prepared: p,
    aggregate: aggregates[i]!,
    summary: summarize(p, aggregates[i]!),
  }));
}
