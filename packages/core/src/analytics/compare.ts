/** The architecture comparison: per scenario and architecture, deterrence, entanglement and escalation with 95% intervals. */
import type { StateId } from '../model/ids.ts';
import { type Aggregate, addTotals, emptyTotals } from '../sim/collector.ts';
import { type Estimate, meanInterval, wilson } from '../sim/intervals.ts';
import type { ScenarioSummary } from '../sim/summary.ts';

export interface CompareRow {
  scenario: string;
  architecture: string;
  trials: number;
  /** Mean of (defending side / challenger side) capability at the place. */
  deterrence: Estimate;
  /** P(the defending side outweighs the challenger's at the place). */
  deterred: Estimate;
  /** Expected number of states at war that were not hit in round 0. */
  entangled: Estimate;
  /** P(the war comes to involve a second major power). */
  widened: Estimate;
  belligerents: Estimate;
}

/** One row from a scenario summary. */
export const compareRow = (s: ScenarioSummary): CompareRow => ({
  scenario: s.scenario,
  architecture: s.architecture,
  trials: s.trials,
  deterrence: s.ratio.mean,
  deterred: s.ratio.above1,
  entangled: s.entangledStates,
  widened: s.widened,
  belligerents: s.belligerents,
});

/** Pools one architecture's aggregates over the battery: each scenario weighs the same (equal trials). */
export interface BatteryRow {
  architecture: string;
  scenarios: number;
  deterrence: Estimate;
  deterred: Estimate;
  entangled: Estimate;
  widened: Estimate;
  belligerents: Estimate;
  /** P(entangled) per state, pooled over the scenarios in which the state was not hit in round 0. */
  entanglement: Map<StateId, Estimate>;
}

/**
 * Battery totals for one architecture. Pooled counts give Wilson intervals that are conservative
 * for a stratified sample (each scenario is a stratum of equal size).
 * @example batteryRow('status-quo', [[prepared.states, aggregate], ...])
 */
export function batteryRow(
  architecture: string,
  runs: readonly { states: readonly StateId[]; initialSide: Int8Array; aggregate: Aggregate }[],
  members: readonly StateId[] = [],
): BatteryRow {
  const t = emptyTotals();
  const perState = new Map<StateId, [number, number]>();
  for (const { states, initialSide, aggregate: a } of runs) {
    addTotals(t, a);
    for (const s of new Set([...states, ...members])) {
      const i = states.indexOf(s);
      if (i >= 0 && initialSide[i]! >= 0) continue;
      const [k, m] = perState.get(s) ?? [0, 0];
      perState.set(s, [k + (i >= 0 ? a.entangled[i]! : 0), m + a.trials]);
    }
  }
  return {
    architecture,
    scenarios: runs.length,
    deterrence: meanInterval(t.ratioTrials, t.ratioSum, t.ratioSumSq),
    deterred: wilson(t.ratioAbove1, t.ratioTrials),
    entangled: meanInterval(t.trials, t.entangledSum, t.entangledSumSq),
    widened: wilson(t.widened, t.trials),
    belligerents: meanInterval(t.trials, t.belligerentSum, t.belligerentSumSq),
    entanglement: new Map([...perState].map(([s, [k, m]]) => [s, wilson(k, m)])),
  };
}
