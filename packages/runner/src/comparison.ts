/** The architecture comparison as data: what `casus compare --json` prints and a workbench compare job returns. */
import {
  type ArchitectureId,
  batteryModel,
  batteryRow,
  compareRow,
  coverage,
  type DifferenceRow,
  differenceModel,
  differenceRow,
  type Estimate,
  isBaseline,
  type Library,
  type Measures,
  type Scenario,
  type StateId,
  scenarioModel,
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

/**
 * The architecture the others are compared with: the first that adds and removes nothing (the
 * status quo; core's isBaseline, bases included), else the first listed.
 * @example baselineOf(library, ['asian-nato-exclusive', 'status-quo']) // 'status-quo'
 */
export function baselineOf(library: Library, architectures: readonly string[]): string | undefined {
  const unchanged = (a: string) => {
    const arch = library.architectures.get(a as ArchitectureId);
    return arch !== undefined && isBaseline(arch);
  };
  return architectures.find(unchanged) ?? architectures[0];
}

const withEntanglement = <T extends { entanglement: Map<StateId, Estimate> }>(row: T) => ({
  ...row,
  entanglement: Object.fromEntries(row.entanglement),
});

/** `{model}` when the run drew its coefficients (Monte Carlo and parameter uncertainty together), else nothing. */
const withModel = <M>(model: M | undefined) => (model ? { model } : {});

/** A row's measures alone: a scenario's rows report P(entangled) per member only over the battery. */
const measuresOf = ({
  deterrence,
  deterred,
  entangled,
  widened,
  nuclearOpposed,
  belligerents,
}: Measures) => ({ deterrence, deterred, entangled, widened, nuclearOpposed, belligerents });

const runOf = (r: BatteryRun) => ({
  states: r.prepared.states,
  initialSide: r.prepared.sim.cascade.initialSide,
  aggregate: r.aggregate,
});

/**
 * Each architecture against the baseline, per scenario and over the battery: the paired
 * difference of every measure, from runs that drew the same random numbers trial by trial.
 */
function differencesOf(
  runs: readonly BatteryRun[],
  battery: readonly Scenario[],
  architectures: readonly string[],
  baseline: string,
  members: readonly StateId[],
) {
  const find = (a: string, s: Scenario) =>
    runs.find((r) => r.prepared.architecture === a && r.prepared.scenario.id === s.id)!;
  const others = architectures.filter((a) => a !== baseline);
  const pairsOf = (a: string, scenarios: readonly Scenario[]) =>
    scenarios.map((s) => ({ a: runOf(find(a, s)), b: runOf(find(baseline, s)) }));
  const row = (a: string, scenarios: readonly Scenario[]) => {
    const pairs = pairsOf(a, scenarios);
    const whole: DifferenceRow = differenceRow(a, baseline, pairs, members);
    return { whole, model: differenceModel(whole, pairs, members) };
  };
  return {
    baseline,
    rows: others.flatMap((a) =>
      battery.map((s) => {
        const { whole, model } = row(a, [s]);
        const { entanglement: _, ...rest } = whole;
        return { scenario: s.id, ...rest, ...withModel(model && measuresOf(model)) };
      }),
    ),
    battery: others.map((a) => {
      const { whole, model } = row(a, battery);
      return { ...withEntanglement(whole), ...withModel(model) };
    }),
  };
}

export interface ComparisonOf<Model> {
  library: Library;
  battery: readonly Scenario[];
  architectures: string[];
  seed: number;
  /** The model stamp (`modelStamp(ctx)`). */
  model: Model;
  /** The architecture the runs were paired with (`baselineOf`), and the members they paired. */
  baseline?: string | undefined;
  members?: readonly StateId[] | undefined;
}

/**
 * The comparison answer from the battery's runs: rows (with 95% intervals), battery totals per
 * architecture, the coverage matrix, each scenario's summary and the model stamp.
 * @example assembleComparison(runs, {library, battery, architectures: ['status-quo'], seed: 1, model})
 */
export function assembleComparison<Model>(runs: readonly BatteryRun[], of: ComparisonOf<Model>) {
  const { library, battery, architectures } = of;
  const rows = runs.map((r) => {
    const row = compareRow(r.summary);
    return { ...row, ...withModel(scenarioModel(row, runOf(r))) };
  });
  const members = membersOf(library, architectures);
  const totals = architectures.map((a) => {
    const mine = runs.filter((r) => r.prepared.architecture === a).map(runOf);
    const b = batteryRow(a, mine, members);
    return { ...withEntanglement(b), ...withModel(batteryModel(b, mine, members)) };
  });
  const paired = of.baseline !== undefined && runs.some((r) => r.aggregate.paired);
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
    ...(paired
      ? { differences: differencesOf(runs, battery, architectures, of.baseline!, of.members ?? []) }
      : {}),
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
  const baseline = baselineOf(library, architectures);
  const flags = { ...options, members, baseline };
  const runs = await runBattery(ctx, battery, architectures, flags, library);
  const of = {
    library,
    battery,
    architectures,
    seed: options.seed,
    model: modelStamp(ctx),
    baseline,
    members,
  };
  return { answer: assembleComparison(runs, of), members };
}

export type Comparison = ReturnType<typeof assembleComparison<ReturnType<typeof modelStamp>>>;
