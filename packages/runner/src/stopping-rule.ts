/** The `--ci-width` stopping rule: the widest 95% interval among every probability an answer reports, read from the totals so far. */
import {
  type Aggregate,
  batteryRow,
  type PreparedScenario,
  type StateId,
  wilsonWidth,
} from '@casus/core';

/** Reads the widest interval that matters to one answer from the merged totals of its scenarios. */
export type WidestInterval = (totals: readonly Aggregate[]) => number;

/** A proportion with no trials to count (no capability data for the ratio) is reported as "–": more trials cannot narrow it. */
const width = (successes: number, n: number): number => (n > 0 ? wilsonWidth(successes, n) : 0);

/**
 * The widest interval among one scenario's probabilities: P(at war), P(on the challenger's
 * side) and P(entangled) per state, P(widening), P(major powers on both sides), P(nuclear-armed
 * states on both sides), P(deterred).
 * @example widestInScenario(aggregate) // 0.012
 */
export function widestInScenario(a: Aggregate): number {
  const n = a.trials;
  let w = Math.max(
    width(a.widened, n),
    width(a.majorsOpposed, n),
    width(a.nuclearOpposed, n),
    width(a.ratioAbove1, a.ratioTrials),
  );
  for (let i = 0; i < a.enter.length; i++)
    w = Math.max(
      w,
      width(a.enter[i]!, n),
      width(a.enterAttacker[i]!, n),
      width(a.entangled[i]!, n),
    );
  return w;
}

/** Every scenario's probabilities: the rule for an answer that reports scenarios one by one. */
export const widestInScenarios: WidestInterval = (totals) =>
  Math.max(0, ...totals.map(widestInScenario));

/** One scenario of a battery total: the index of its totals, and its states with their round-0 sides. */
export interface BatteryRunRef {
  index: number;
  states: readonly StateId[];
  initialSide: Int8Array;
}

/**
 * The rule for battery totals (one group of runs per total): each group's pooled P(deterred),
 * P(widening), P(nuclear-armed on both sides) and P(entangled) per state, which can be wider
 * than any one scenario's (a state entangled in every trial of one scenario and in none of the
 * other is entangled half the time).
 * @example simulate(sims, {...flags, widest: widestInBatteries(groups, ['JPN'])})
 */
export function widestInBatteries(
  groups: readonly (readonly BatteryRunRef[])[],
  members: readonly StateId[],
): WidestInterval {
  return (totals) => {
    let w = 0;
    for (const runs of groups) {
      const row = batteryRow(
        '',
        runs.map((r) => ({ ...r, aggregate: totals[r.index]! })),
        members,
      );
      for (const e of [row.deterred, row.widened, row.nuclearOpposed, ...row.entanglement.values()])
        if (!Number.isNaN(e.value)) w = Math.max(w, e.high - e.low);
    }
    return w;
  };
}

/**
 * The rule for a battery's answer (`compare`, or one scenario's): every scenario's probabilities
 * and the battery totals of each run of `perGroup` consecutive scenarios (one architecture's).
 * @example widestInBatteryAnswer(prepared, scenarios.length, members)(totals) <= 0.01
 */
export function widestInBatteryAnswer(
  prepared: readonly PreparedScenario[],
  perGroup: number,
  members: readonly StateId[],
): WidestInterval {
  const refs = prepared.map((p, index) => ({
    index,
    states: p.states,
    initialSide: p.sim.cascade.initialSide,
  }));
  const groups = Array.from({ length: Math.ceil(refs.length / perGroup) }, (_, g) =>
    refs.slice(g * perGroup, (g + 1) * perGroup),
  );
  const pooled = widestInBatteries(groups, members);
  return (totals) => Math.max(widestInScenarios(totals), pooled(totals));
}
