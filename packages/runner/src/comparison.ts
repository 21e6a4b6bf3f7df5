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
import { type BatteryOptions, runBattery } from './run-battery.ts';

/** Members of every added agreement of the architectures, sorted: the states P(entangled) is reported for. */
function membersOf(library: Library, architectures: readonly string[]): StateId[] {
  const added = architectures.flatMap(
    (a) => library.architectures.get(a as ArchitectureId)?.add ?? [],
  );
  const members = added.flatMap((id) => library.agreements.get(id)?.members ?? []);
  return [...new Set(members)].sort() as StateId[];
}

/**
 * Runs the battery under each architecture and gathers rows (with 95% intervals), battery totals,
 * the coverage matrix and the model stamp; `library` may hold agreements added for this run.
 * @example const {answer} = await compareArchitectures(ctx, scenarios, ['status-quo'], {trials: 2000, seed: 1})
 */
export async function compareArchitectures(
  ctx: SimContext,
  battery: readonly Scenario[],
  architectures: string[],
  options: BatteryOptions,
  library: Library = ctx.library,
) {
  const runs = await runBattery(ctx, battery, architectures, options, library);
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
  const answer = {
    command: 'compare',
    battery: battery.map((s) => s.id),
    architectures,
    seed: options.seed,
    trials: rows[0]?.trials,
    model: modelStamp(ctx),
    assumptions: Object.fromEntries(battery.map((s) => [s.id, s.assumptions])),
    rows,
    battery_totals: totals,
    coverage: architectures.flatMap((a) => battery.flatMap((s) => coverage(library, s, a))),
    scenarios: runs.map((r) => r.summary),
  };
  return { answer, members };
}

export type Comparison = Awaited<ReturnType<typeof compareArchitectures>>['answer'];
