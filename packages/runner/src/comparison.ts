/** The architecture comparison as data: what `casus compare --json` prints and a workbench compare job returns. */
import {
  type ArchitectureId,
  batteryRow,
  compareRow,
  coverage,
  type Library,
  type Scenario,
  type StateId,
} from '@casus/core';
import { modelStamp, type SimContext } from './context.ts';
import { type BatteryOptions, type BatteryRun, runBattery } from './run-battery.ts';

/** Members of every added agreement of the architectures, sorted: the states P(entangled) is reported for. */
export function membersOf(library: Library, architectures: readonly string[]): StateId[] {
  const added = architectures.flatMap(
    (a) => library.architectures.get(a as ArchitectureId)?.add ?? [],
  );
  const members = added.flatMap((id) => library.agreements.get(id)?.members ?? []);
  return [...new Set(members)].sort() as StateId[];
}

export interface ComparisonOf<Model> {
  library: Library;
  battery: readonly Scenario[];
  architectures: string[];
  seed: number;
  /** The model stamp (`modelStamp(ctx)`). */
  model: Model;
}

/**
 * The comparison answer from the battery's runs: rows (with 95% intervals), battery totals per
 * architecture, the coverage matrix, each scenario's summary and the model stamp.
 * @example assembleComparison(runs, {library, battery, architectures: ['status-quo'], seed: 1, model})
 */
export function assembleComparison<Model>(runs: readonly BatteryRun[], of: ComparisonOf<Model>) {
  const { library, battery, architectures } = of;
  const rows = runs.map((r) => compareRow(r.summary));
  const members = membersOf(library, architectures);
  const totals = architectures.map((a) => {
    const mine = runs.filter((r) => r.prepared.architecture === a);
    const b = batteryRow(
      a,
      mine.map((r) => ({
        states: r.prepared.states,
        initialSide: r.prepared.sim.cascade.initialSide,
        aggregate: r.aggregate,
      })),
      members,
    );
    return { ...b, entanglement: Object.fromEntries(b.entanglement) };
  });
  return {
    command: 'compare',
    battery: battery.map((s) => s.id),
    architectures,
    seed: of.seed,
    trials: rows[0]?.trials,
    model: of.model,
    assumptions: Object.fromEntries(battery.map((s) => [s.id, s.assumptions])),
    rows,
    battery_totals: totals,
    coverage: architectures.flatMap((a) => battery.flatMap((s) => coverage(library, s, a))),
    scenarios: runs.map((r) => r.summary),
  };
}

/**
 * Runs the battery under each architecture and assembles the comparison; `library` may hold
 * agreements added for this run.
 * @example const {answer} = await compareArchitectures(ctx, scenarios, ['status-quo'], {trials: 2000, seed: 1})
 */
export async function compareArchitectures(
  ctx: SimContext,
  battery: readonly Scenario[],
  architectures: string[],
  options: BatteryOptions,
  library: Library = ctx.library,
) {
  const members = membersOf(library, architectures);
  const runs = await runBattery(ctx, battery, architectures, { ...options, members }, library);
  const of = { library, battery, architectures, seed: options.seed, model: modelStamp(ctx) };
  return { answer: assembleComparison(runs, of), members };
}

export type Comparison = ReturnType<typeof assembleComparison<ReturnType<typeof modelStamp>>>;
