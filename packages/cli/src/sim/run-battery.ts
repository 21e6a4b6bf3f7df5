/** Prepares scenarios under architectures and simulates them all in one worker pool. */
import {
  type Aggregate,
  type PreparedScenario,
  prepareScenario,
  type Scenario,
  type ScenarioSummary,
  summarize,
} from '@casus/core';
import type { Io } from '../command.ts';
import type { SimContext } from './context.ts';
import { BLOCK_SIZE, simulate } from './parallel.ts';
import { progressBar } from './progress.ts';

export interface BatteryOptions {
  trials: number;
  seed: number;
  workers?: number | undefined;
  ciWidth?: number | undefined;
  /** Aborting stops the workers; `runBattery` then rejects with an AbortError. */
  signal?: AbortSignal | undefined;
  /** Trial blocks done of the total, as they finish. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface BatteryRun {
  prepared: PreparedScenario;
  aggregate: Aggregate;
  summary: ScenarioSummary;
}

/**
 * Every scenario under every architecture, simulated with the same seed; a progress bar on `io`
 * when it is a terminal.
 * @example await runBattery(ctx, scenarios, ['status-quo'], {trials: 10_000, seed: 1}, io)
 */
export async function runBattery(
  ctx: SimContext,
  scenarios: readonly Scenario[],
  architectures: readonly (string | undefined)[],
  options: BatteryOptions,
  io?: Io,
  library = ctx.library,
): Promise<BatteryRun[]> {
  const prepared = architectures.flatMap((architecture) =>
    scenarios.map((s) =>
      prepareScenario(library, s, { architecture, params: ctx.params, inputs: ctx.inputs }),
    ),
  );
  const bar = io ? progressBar(io, 'trials', BLOCK_SIZE) : undefined;
  const onProgress = (done: number, total: number) => {
    bar?.update(done, total);
    options.onProgress?.(done, total);
  };
  const aggregates = await simulate(
    prepared.map((p) => p.sim),
    { ...options, onProgress },
  ).finally(() => bar?.stop());
  return prepared.map((p, i) => ({
    prepared: p,
    aggregate: aggregates[i]!,
    summary: summarize(p, aggregates[i]!),
  }));
}
