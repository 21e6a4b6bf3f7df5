/** The architecture comparison: per scenario and architecture, deterrence, entanglement and escalation with 95% intervals. */
import type { StateId } from '../model/ids.ts';
import type { Aggregate } from '../sim/collector.ts';
import type { Estimate } from '../sim/intervals.ts';
import {
  type ComparedMeasure,
  measureMoments,
  memberMoments,
  pairMoments,
} from '../sim/measure-moments.ts';
import { pairedDifference, stratifiedMean, stratifiedProportion } from '../sim/ratio-variance.ts';
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
  /** P(nuclear-armed states at war on both sides). */
  nuclearOpposed: Estimate;
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
  nuclearOpposed: s.nuclear.opposed,
  belligerents: s.belligerents,
});

/** The measures every row of the comparison reports, with their 95% intervals. */
export type Measures = Pick<
  CompareRow,
  'deterrence' | 'deterred' | 'entangled' | 'widened' | 'nuclearOpposed' | 'belligerents'
>;

/** Pools one architecture's aggregates over the battery: each scenario weighs the same (equal trials). */
export interface BatteryRow extends Measures {
  architecture: string;
  scenarios: number;
  /** P(entangled) per state, pooled over the scenarios in which the state was not hit in round 0. */
  entanglement: Map<StateId, Estimate>;
}

/** One scenario's run under one architecture, as the battery totals read it. */
export interface BatteryRunOf {
  states: readonly StateId[];
  initialSide: Int8Array;
  aggregate: Aggregate;
}

/** Where a state sits in one run: the run's position and the state's index in its cascade (−1: absent). */
interface Stratum {
  run: number;
  index: number;
}

/**
 * The states P(entangled) is reported for, and the runs in which each was not hit in round 0
 * (with its index there). Linear in states: a comparison reads this once per row and per block.
 */
function entanglementStrata(runs: readonly BatteryRunOf[], members: readonly StateId[]) {
  const strata = new Map<StateId, Stratum[]>();
  const add = (s: StateId, stratum: Stratum) => {
    const list = strata.get(s);
    if (list) list.push(stratum);
    else strata.set(s, [stratum]);
  };
  runs.forEach(({ states, initialSide }, run) => {
    states.forEach((s, index) => {
      if (initialSide[index]! < 0) add(s, { run, index });
    });
    const present = new Set(states);
    for (const s of members) if (!present.has(s)) add(s, { run, index: -1 });
  });
  return strata;
}

/**
 * Battery totals for one architecture. The scenarios draw from independent streams, so each is
 * an independent stratum: the variance of a total is the sum of the scenarios' own
 * (ratio-variance.ts), without the spread between scenarios that pooled counts would count.
 * @example batteryRow('status-quo', [{states, initialSide, aggregate}, ...], ['JPN'])
 */
export function batteryRow(
  architecture: string,
  runs: readonly BatteryRunOf[],
  members: readonly StateId[] = [],
): BatteryRow {
  const of = (m: ComparedMeasure) => runs.map((r) => measureMoments(r.aggregate, m));
  const entanglement = [...entanglementStrata(runs, members)].map(
    ([s, strata]): [StateId, Estimate] => [
      s,
      stratifiedProportion(strata.map((t) => memberMoments(runs[t.run]!.aggregate, t.index))),
    ],
  );
  return {
    architecture,
    scenarios: runs.length,
    deterrence: stratifiedMean(of('deterrence')),
    deterred: stratifiedProportion(of('deterred')),
    entangled: stratifiedMean(of('entangled')),
    widened: stratifiedProportion(of('widened')),
    nuclearOpposed: stratifiedProportion(of('nuclearOpposed')),
    belligerents: stratifiedMean(of('belligerents')),
    entanglement: new Map(entanglement),
  };
}

/** One architecture against the baseline: each measure's paired difference (architecture − baseline). */
export interface DifferenceRow extends Measures {
  architecture: string;
  baseline: string;
  /** P(entangled) per member, over the scenarios in which it was not hit in round 0. */
  entanglement: Map<StateId, Estimate>;
}

/** A scenario's run under an architecture (`a`, its aggregate carrying the cross sums) and under the baseline (`b`). */
export interface PairedRunOf {
  a: BatteryRunOf;
  b: BatteryRunOf;
}

/**
 * The paired differences of one architecture against the baseline over one scenario or the
 * battery: the same scenario under both drew the same random numbers trial by trial, and
 * `members` is the member list the run paired (its order fixes the cross sums' slots).
 * @example differenceRow('asian-nato-exclusive', 'status-quo', pairs, ['JPN']).deterred
 */
export function differenceRow(
  architecture: string,
  baseline: string,
  pairs: readonly PairedRunOf[],
  members: readonly StateId[],
): DifferenceRow {
  const of = (m: ComparedMeasure) =>
    pairedDifference(
      pairs.map((p) => pairMoments(p.a.aggregate, p.b.aggregate, m, members.length)),
    );
  const strata = entanglementStrata(
    pairs.map((p) => p.b),
    members,
  );
  const entanglement = members.map((s, member): [StateId, Estimate] => [
    s,
    pairedDifference(
      (strata.get(s) ?? []).map((t) => {
        const { a, b } = pairs[t.run]!;
        const where = { member, indexA: a.states.indexOf(s), indexB: t.index };
        return pairMoments(a.aggregate, b.aggregate, where, members.length);
      }),
    ),
  ]);
  return {
    architecture,
    baseline,
    deterrence: of('deterrence'),
    deterred: of('deterred'),
    entangled: of('entangled'),
    widened: of('widened'),
    nuclearOpposed: of('nuclearOpposed'),
    belligerents: of('belligerents'),
    entanglement: new Map(entanglement),
  };
}
