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
  /** Under a fitted model, coefficients drawn once per block (default on; `--no-parameter-draws` turns it off). */
  parameterDraws?: boolean | undefined;
  /** Aborting stops the workers; `runBattery` then rejects with an AbortError. */
  signal?: AbortSignal | undefined;
  /** Trial blocks done of the total, as they finish. */
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** States whose P(entangled) over the battery the answer reports, for the stopping rule and the paired differences. */
  members?: readonly StateId[] | undefined;
  /**
   * The architecture the others are compared with: each scenario runs under it and under every
   * other architecture on the same random numbers, trial by trial, and the others' aggregates
   * carry their cross sums with it (for the paired differences).
   */
  baseline?: string | undefined;
}

export interface BatteryRun {
  prepared: PreparedScenario;
  aggregate: Aggregate;
  summary: ScenarioSummary;
}

/** Each scenario's runs under every architecture, the baseline's first; and each run's member indices. */
function pairsOf(
  prepared: readonly PreparedScenario[],
  perArchitecture: number,
  architectures: readonly (string | undefined)[],
  options: BatteryOptions,
) {
  const first = architectures.indexOf(options.baseline);
  if (first < 0 || architectures.length < 2) return undefined;
  const order = [first, ...[...architectures.keys()].filter((k) => k !== first)];
  const groups = Array.from({ length: perArchitecture }, (_, i) =>
    order.map((k) => k * perArchitecture + i),
  );
  const members = prepared.map((p) =>
    Int32Array.from(options.members ?? [], (s) => p.states.indexOf(s)),
  );
  return { groups, members };
}

/**
 * Every scenario under every architecture, simulated with the same seed, each scenario on its
 * own streams and each architecture of a scenario on that scenario's (with `ciWidth`, until
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
      prepareScenario(library, s, {
        architecture,
        params: ctx.params,
        inputs: ctx.inputs,
        parameterDraws: options.parameterDraws,
      }),
    ),
  );
  const widest = widestInBatteryAnswer(prepared, scenarios.length, options.members ?? []);
  const pairs = pairsOf(prepared, scenarios.length, architectures, options);
  const aggregates = await simulate(
    prepared.map((p) => p.sim),
    { ...options, widest, pairs },
  );
  return prepared.map((p, i) => ({
    prepared: p,
    aggregate: aggregates[i]!,
    summary: summarize(p, aggregates[i]!),
  }));
}
