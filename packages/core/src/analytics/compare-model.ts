/**
 * The comparison's model intervals: under parameter draws every block of every run drew the
 * same coefficients (sim/parameter-draws.ts), so a battery total or a paired difference read
 * block by block is that answer under one draw, and its spread across blocks, less Monte Carlo
 * noise, is what the coefficients' uncertainty does to it (sim/model-interval.ts).
 */
import type { StateId } from '../model/ids.ts';
import type { Estimate } from '../sim/intervals.ts';
import {
  ANY,
  type Bounds,
  modelInterval,
  modelRow,
  NON_NEGATIVE,
  PROBABILITY,
} from '../sim/model-interval.ts';
import {
  type BatteryRow,
  type BatteryRunOf,
  batteryRow,
  type DifferenceRow,
  differenceRow,
  type Measures,
  type PairedRunOf,
} from './compare.ts';

/** A row's measures with Monte Carlo and parameter uncertainty together, and P(entangled) per member where the row has it. */
export interface ModelMeasures extends Measures {
  entanglement?: Record<string, Estimate> | undefined;
}

const LEVELS: Record<keyof Measures, Bounds> = {
  deterrence: NON_NEGATIVE,
  deterred: PROBABILITY,
  entangled: NON_NEGATIVE,
  widened: PROBABILITY,
  nuclearOpposed: PROBABILITY,
  belligerents: NON_NEGATIVE,
};
const DIFFERENCES: Record<keyof Measures, Bounds> = {
  deterrence: ANY,
  deterred: [-1, 1],
  entangled: ANY,
  widened: [-1, 1],
  nuclearOpposed: [-1, 1],
  belligerents: ANY,
};

/**
 * The runs block by block: entry b holds every run with its block-b aggregate. Undefined when
 * the runs kept no blocks (no parameter draws), kept fewer than two, or not the same number.
 */
export function runsByBlock<R extends BatteryRunOf>(runs: readonly R[]): R[][] | undefined {
  const counts = new Set(runs.map((r) => r.aggregate.blocks?.length ?? 0));
  const [n] = counts;
  if (counts.size !== 1 || n === undefined || n < 2) return undefined;
  return Array.from({ length: n }, (_, b) =>
    runs.map((r) => ({ ...r, aggregate: r.aggregate.blocks![b]! })),
  );
}

const entanglementModel = (
  whole: Map<StateId, Estimate>,
  blocks: readonly Map<StateId, Estimate>[],
  bounds: Bounds,
): Record<string, Estimate> =>
  Object.fromEntries(
    [...whole].map(([s, e]) => [
      s,
      modelInterval(
        e,
        blocks.map((b) => b.get(s)!),
        bounds,
      ),
    ]),
  );

/**
 * One scenario's measures (`whole`, as the comparison's row reports them) with their model
 * intervals, read from its run's blocks; undefined without parameter draws.
 * @example scenarioModel(compareRow(summary), run)?.deterred
 */
export function scenarioModel(whole: Measures, run: BatteryRunOf): Measures | undefined {
  const blocks = runsByBlock([run]);
  return (
    blocks &&
    modelRow(
      whole,
      blocks.map((b) => batteryRow('', b)),
      LEVELS,
    )
  );
}

/**
 * An architecture's battery totals (`whole`, batteryRow's) with their model intervals; undefined
 * without parameter draws.
 * @example batteryModel(batteryRow('status-quo', runs, members), runs, members)?.entanglement?.JPN
 */
export function batteryModel(
  whole: BatteryRow,
  runs: readonly BatteryRunOf[],
  members: readonly StateId[] = [],
): ModelMeasures | undefined {
  const blocks = runsByBlock(runs);
  if (!blocks) return undefined;
  const each = blocks.map((b) => batteryRow(whole.architecture, b, members));
  return {
    ...modelRow(whole, each, LEVELS),
    entanglement: entanglementModel(
      whole.entanglement,
      each.map((e) => e.entanglement),
      PROBABILITY,
    ),
  };
}

/**
 * An architecture's paired differences from the baseline (`whole`, differenceRow's) with their
 * model intervals: block b of both drew the same coefficients and the same trials, so each
 * block's difference is the paired difference under one draw. Undefined without parameter draws.
 * @example differenceModel(differenceRow(a, 'status-quo', pairs, members), pairs, members)?.deterred
 */
export function differenceModel(
  whole: DifferenceRow,
  pairs: readonly PairedRunOf[],
  members: readonly StateId[],
): ModelMeasures | undefined {
  const as = runsByBlock(pairs.map((p) => p.a));
  const bs = runsByBlock(pairs.map((p) => p.b));
  if (!as || !bs || as.length !== bs.length) return undefined;
  const each = as.map((a, k) =>
    differenceRow(
      whole.architecture,
      whole.baseline,
      a.map((run, i) => ({ a: run, b: bs[k]![i]! })),
      members,
    ),
  );
  return {
    ...modelRow(whole, each, DIFFERENCES),
    entanglement: entanglementModel(
      whole.entanglement,
      each.map((e) => e.entanglement),
      [-1, 1],
    ),
  };
}
