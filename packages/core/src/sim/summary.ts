/** Reads a scenario's aggregate into the answer people see: probabilities and means, each with its 95% interval. */
import type { StateId } from '../model/ids.ts';
import type { Aggregate } from './collector.ts';
import { ratioBins } from './collector.ts';
import { decisionKey } from './decision.ts';
import { type Estimate, histogramQuantile, meanInterval, wilson } from './intervals.ts';
import { modelInterval, PROBABILITY } from './model-interval.ts';
import { NUCLEAR_SOURCE } from './nuclear-states.ts';
import type { AppliedOverride, PreparedScenario } from './prepare.ts';
import type { Umbrella } from './umbrellas.ts';

export interface StateOutcome {
  state: StateId;
  /** P(the state is at war), either side, with its Monte Carlo interval. */
  enter: Estimate;
  /** With parameter draws: the same probability's model interval, Monte Carlo and parameter uncertainty together. */
  enterModel?: Estimate | undefined;
  /** P(at war on the challenger's side). */
  attackerSide: Estimate;
  /** P(entangled: at war though not hit in round 0); absent for the round-0 states. */
  entangled?: Estimate | undefined;
  round0: boolean;
}

export interface RatioSummary {
  /** Trials in which the challenger side had capability data. */
  trials: number;
  mean: Estimate;
  /** Quantiles read from the log-binned histogram (resolution: a tenth of a decade). */
  p05: number;
  median: number;
  p95: number;
  /** P(defending side's capability at the place exceeds the challenger side's). */
  above1: Estimate;
  /** Histogram counts and bins, for charts. */
  histogram: number[];
  bins: { lo: number; width: number; count: number };
}

/** Who is nuclear-armed in the scenario, and how often nuclear-armed states fight on both sides. */
export interface NuclearSummary {
  /** The nuclear-armed states on the date that the cascade can bring in (sim/nuclear-states.ts). */
  armed: StateId[];
  challengerArmed: boolean;
  /** The states attacked in round 0 that are nuclear-armed. */
  targetsArmed: StateId[];
  /** The nuclear umbrellas over the states attacked in round 0 (sim/umbrellas.ts). */
  umbrellas: Umbrella[];
  /** P(nuclear-armed states at war on both sides). */
  opposed: Estimate;
  /** With parameter draws: its model interval. */
  opposedModel?: Estimate | undefined;
  /** Where the list comes from. */
  source: string;
}

export interface ScenarioSummary {
  scenario: string;
  name: string;
  architecture: string;
  date: string;
  trials: number;
  challenger: StateId;
  targets: StateId[];
  states: StateOutcome[];
  belligerents: Estimate;
  /** Expected number of states at war that were not hit in round 0. */
  entangledStates: Estimate;
  widened: Estimate;
  /** With parameter draws: P(widened)'s model interval. */
  widenedModel?: Estimate | undefined;
  majorsOpposed: Estimate;
  nuclear: NuclearSummary;
  ratio: RatioSummary;
  majors: StateId[];
  missingCapability: StateId[];
  /**
   * Where capability at the place is measured from (assumptions.projection): `capital`, or
   * `bases` (the nearest of capital and bases with a standing presence), and for each state at
   * war in some trial with a figure, the base it projects from (none: its capital) and the
   * distance in km.
   */
  projection: PreparedScenario['projection'];
  /** The decision overrides the answer used, each with the edges it set (0: it names no decision here). */
  overrides: AppliedOverride[];
  obligations: {
    obligor: StateId;
    beneficiary: StateId;
    adversary: StateId;
    kind: string;
    agreement: string;
    article: string;
    p: number;
    /** Where p comes from: the reliability model, or a user's decision override. */
    source: 'model' | 'override';
    terms?: Record<string, number | string | undefined> | undefined;
  }[];
}

const round = (e: Estimate, digits = 4): Estimate => ({
  value: Number(e.value.toFixed(digits)),
  low: Number(e.low.toFixed(digits)),
  high: Number(e.high.toFixed(digits)),
});

/** One edge per decision (obligor, beneficiary, agreement, clause): the first one a trial can reach. */
function firstPerDecision(edges: PreparedScenario['edges']): PreparedScenario['edges'] {
  const seen = new Set<string>();
  return edges.filter((e) => {
    const key = decisionKey(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The answer for one scenario: P(enter) and P(entangled) per state, expected belligerents, the
 * deterrence ratio, P(widening), each with a 95% interval.
 * @example summarize(prepared, aggregate).belligerents.value // e.g. 3.4
 */
export function summarize(p: PreparedScenario, a: Aggregate): ScenarioSummary {
  const n = a.trials;
  /** A proportion's model interval, its count read from the whole run and from each block by `count`. */
  const model = (count: (x: Aggregate) => number) => {
    const whole = wilson(count(a), n);
    const blocks = (a.blocks ?? []).map((b) => wilson(count(b), b.trials));
    return round(modelInterval(whole, blocks, PROBABILITY));
  };
  const states = p.states
    .map((state, i): StateOutcome => {
      const round0 = p.sim.cascade.initialSide[i]! >= 0;
      const enter = wilson(a.enter[i]!, n);
      return {
        state,
        enter: round(enter),
        ...(p.modelIntervals ? { enterModel: model((x) => x.enter[i]!) } : {}),
        attackerSide: round(wilson(a.enterAttacker[i]!, n)),
        entangled: round0 ? undefined : round(wilson(a.entangled[i]!, n)),
        round0,
      };
    })
    .filter((s) => s.round0 || s.enter.value > 0)
    .sort((x, y) => y.enter.value - x.enter.value || x.state.localeCompare(y.state));
  const q = (x: number) => Number(histogramQuantile(ratioBins, a.ratioHist, x).toPrecision(3));
  return {
    scenario: p.scenario.id,
    name: p.scenario.name,
    architecture: p.architecture,
    date: p.scenario.date,
    trials: n,
    challenger: p.challenger,
    targets: p.targets,
    states,
    belligerents: round(meanInterval(n, a.belligerentSum, a.belligerentSumSq)),
    entangledStates: round(meanInterval(n, a.entangledSum, a.entangledSumSq)),
    widened: round(wilson(a.widened, n)),
    ...(p.modelIntervals ? { widenedModel: model((x) => x.widened) } : {}),
    majorsOpposed: round(wilson(a.majorsOpposed, n)),
    nuclear: {
      armed: p.states.filter((x) => p.nuclear.includes(x)),
      challengerArmed: p.nuclear.includes(p.challenger),
      targetsArmed: p.targets.filter((x) => p.nuclear.includes(x)),
      umbrellas: p.umbrellas,
      opposed: round(wilson(a.nuclearOpposed, n)),
      ...(p.modelIntervals ? { opposedModel: model((x) => x.nuclearOpposed) } : {}),
      source: NUCLEAR_SOURCE,
    },
    ratio: {
      trials: a.ratioTrials,
      mean: round(meanInterval(a.ratioTrials, a.ratioSum, a.ratioSumSq)),
      p05: q(0.05),
      median: q(0.5),
      p95: q(0.95),
      above1: round(wilson(a.ratioAbove1, a.ratioTrials)),
      histogram: Array.from(a.ratioHist),
      bins: { ...ratioBins },
    },
    majors: p.majors,
    missingCapability: p.missingCapability,
    projection: {
      rule: p.projection.rule,
      from: p.projection.from.filter((f) => states.some((o) => o.state === f.state)),
    },
    overrides: p.overrides,
    obligations: firstPerDecision(p.edges).map((e) => ({
      obligor: e.obligor,
      beneficiary: e.beneficiary,
      adversary: e.adversary,
      kind: e.kind,
      agreement: e.finding.agreement,
      article: e.finding.citation.article,
      p: Number(e.p.toFixed(4)),
      source: e.override === undefined ? 'model' : 'override',
      terms: e.terms
        ? Object.fromEntries(
            Object.entries(e.terms).map(([k, v]) => [
              k,
              typeof v === 'number' ? Number(v.toFixed(4)) : v,
            ]),
          )
        : undefined,
    })),
  };
}
