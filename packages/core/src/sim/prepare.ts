/** Turns a scenario, an architecture and the reliability model into a compiled scenario ready for Monte Carlo. */

import { hostDecisions, namedBases } from '../engine/basing.ts';
import { entryStrikes } from '../engine/cascade-strikes.ts';
import type { Entry } from '../engine/cascade-types.ts';
import { markCounterstrikes } from '../engine/counterstrikes.ts';
import { findObligations } from '../engine/find-obligations.ts';
import { roundZeroEvents } from '../engine/forces-abroad.ts';
import { locate, victimOf } from '../engine/gazetteer.ts';
import { membersOn } from '../engine/in-force.ts';
import { openingSides } from '../engine/opening-sides.ts';
import { prepareWorld, type World } from '../engine/world.ts';
import {
  capabilityAtPlace,
  type DeterrenceInputs,
  type ProjectionFrom,
  type Station,
} from '../geo/strength-gradient.ts';
import type { AgreementKind } from '../model/agreement.ts';
import { yearOf } from '../model/dates.ts';
import { type DecisionOverrides, overrideFor } from '../model/decision-overrides.ts';
import type { Event } from '../model/event.ts';
import { presenceBases, stationedIn } from '../model/find-bases.ts';
import type { StateId } from '../model/ids.ts';
import type { Library } from '../model/library.ts';
import type { Assumptions, Scenario } from '../model/scenario.ts';
import {
  type CompiledCascade,
  compileCascade,
  type EdgeInfo,
  type LocatedFinding,
  type ObligationEdgeKind,
  type TriggerSource,
} from './compiled-cascade.ts';
import { type FittedRow, fittedRow } from './fitted-probability.ts';
import { majorPowersOn } from './major-powers.ts';
import type { SimScenario } from './monte-carlo.ts';
import { nuclearStatesOn } from './nuclear-states.ts';
import { drawsVary, parameterDraws } from './parameter-draws.ts';
import {
  affinityKinds,
  affinityProbability,
  basingProbability,
  honourProbability,
} from './reliability.ts';
import type { ProbabilityTerms, ReliabilityModel } from './reliability-context.ts';
import { streamKey } from './rng.ts';
import { type Umbrella, umbrellasOver } from './umbrellas.ts';

export interface PrepareOptions {
  /** Defaults to the scenario's own architecture. */
  architecture?: string | undefined;
  params: ReliabilityModel;
  inputs: DeterrenceInputs;
  /**
   * Replaces the reliability model, e.g. `() => 1` to reproduce the `honoured` cascade; a host
   * whose answer on its bases the scenario does not assume then says no, as in the cascade.
   */
  probability?: ((edge: LocatedFinding, kind: ObligationEdgeKind) => number) | undefined;
  /** Affinity joins on (default) or off. */
  affinity?: boolean | undefined;
  /**
   * Under a fitted model, draw the coefficients once per block from the fit's sampling
   * distribution (default on; sim/parameter-draws.ts); off, or with a covariance of zeros, every
   * block uses the estimates.
   */
  parameterDraws?: boolean | undefined;
  /**
   * The user's probabilities for decisions (model/decision-overrides.ts); defaults to the
   * scenario's `assumptions.decisions`. An overridden edge takes the stated p in every block: it
   * is not redrawn with the coefficients.
   */
  decisions?: DecisionOverrides | undefined;
  /** The scenario's world and findings under the architecture, found once (`scenarioBasis`) for preparing it under many models. */
  basis?: ScenarioBasis | undefined;
}

/** One override as the answer reports it: the edges it set (0: it names no decision reached in this scenario). */
export interface AppliedOverride {
  decision: string;
  p: number;
  edges: number;
}

/** What a scenario's preparation reads that no reliability model changes: its world under the architecture and the engine's findings. */
export interface ScenarioBasis {
  world: World;
  source: TriggerSource;
  /** The kinds of agreement a state shares with a partner against an enemy leader (`affinityKinds`), found once per triple. */
  sharedKinds(state: StateId, anchor: StateId, enemy: StateId): readonly AgreementKind[];
}

/** A compiled scenario and everything an answer reports about it. */
export interface PreparedScenario {
  scenario: Scenario;
  architecture: string;
  /** What the workers need: typed arrays only. */
  sim: SimScenario;
  edges: (EdgeInfo & { terms?: ProbabilityTerms | undefined })[];
  states: StateId[];
  challenger: StateId;
  targets: StateId[];
  place?: readonly [number, number] | undefined;
  majors: StateId[];
  /** The nuclear-armed states on the date (sim/nuclear-states.ts), whether or not they are in the cascade. */
  nuclear: StateId[];
  /** The nuclear umbrellas over the states attacked in round 0, by the agreements in force (sim/umbrellas.ts). */
  umbrellas: Umbrella[];
  /** States at war in some trial for which no capability figure exists (counted as 0). */
  missingCapability: StateId[];
  /** The projection rule the capability at the place used, and where each state's was measured from. */
  projection: { rule: Assumptions['projection']; from: ProjectionFrom[] };
  /**
   * Whether answers carry a model interval: a fitted model with parameter draws on. With a
   * covariance of zeros nothing is drawn and the model interval is the Monte Carlo one.
   */
  modelIntervals: boolean;
  /** The decision overrides given, in the order given, with the edges each one set. */
  overrides: AppliedOverride[];
}

const principalEntry = (state: StateId, side: 'attacker' | 'defender'): Entry => ({
  state,
  side,
  round: 0,
  reason: '',
});

function locateFindings(world: World, event: Event, index: number): LocatedFinding[] {
  const location = locate(world.gazetteer, event.target);
  const victim = victimOf(event.target, location);
  if (victim === undefined) return [];
  return findObligations(world, event, index).map((finding) => ({
    finding,
    victim,
    point: location.point,
    event,
  }));
}

/**
 * The engine as a trigger source: the same strikes, findings and base use that runCascade
 * generates, round 0 with the attacks on the forces stationed where the scenario strikes.
 */
export function engineSource(world: World, events: readonly Event[]): TriggerSource {
  const round0 = roundZeroEvents(world, events);
  const opening = openingSides(world, round0);
  const principals = opening.map((o) => principalEntry(o.state, o.side));
  const sideOf = (o: { side: string }) => o.side === 'attacker';
  const scene = locate(world.gazetteer, events[0]!.target).point;
  const named = namedBases(events);
  const entryOf = (entrant: StateId, side: 0 | 1): Entry => ({
    state: entrant,
    side: side === 0 ? 'attacker' : 'defender',
    round: 1,
    reason: '',
  });
  return {
    attackers: opening.filter(sideOf).map((o) => o.state),
    defenders: opening.filter((o) => !sideOf(o)).map((o) => o.state),
    initialFindings: markCounterstrikes(world, round0).flatMap((e, i) =>
      locateFindings(world, e, i),
    ),
    entryFindings(entrant, side) {
      return entryStrikes(world, entryOf(entrant, side), principals, events[0]!).flatMap((e) =>
        locateFindings(world, e, events.length),
      );
    },
    basing(entrant, side) {
      const principal = (host: StateId) => principals.some((p) => p.state === host);
      return hostDecisions(world, entryOf(entrant, side), principals, scene, named, principal).map(
        (host) => ({
          host,
          strikeFindings: host.strikes.flatMap((e) => locateFindings(world, e, events.length)),
        }),
      );
    },
  };
}

/**
 * The world and the engine's findings of a scenario under an architecture, each state's entry
 * findings found once: a sensitivity analysis prepares the scenario under many models on one basis
 * (the world is most of a preparation's time).
 * @example const basis = scenarioBasis(lib, korea, 'status-quo'); prepareScenario(lib, korea, {params, inputs, basis})
 */
export function scenarioBasis(
  library: Library,
  scenario: Scenario,
  architecture: string,
): ScenarioBasis {
  const world = prepareWorld(library, {
    architecture,
    date: scenario.date,
    assumptions: scenario.assumptions,
  });
  const source = engineSource(world, scenario.events);
  const found = new Map<string, LocatedFinding[]>();
  const entryFindings: TriggerSource['entryFindings'] = (entrant, side) => {
    const key = `${entrant}@${side}`;
    const had = found.get(key);
    if (had) return had;
    const list = source.entryFindings(entrant, side);
    found.set(key, list);
    return list;
  };
  const shared = new Map<string, AgreementKind[]>();
  const sharedKinds = (state: StateId, anchor: StateId, enemy: StateId) => {
    const key = `${state}|${anchor}|${enemy}`;
    const had = shared.get(key);
    if (had) return had;
    const kinds = affinityKinds(world.inForce, state, anchor, enemy, world.date);
    shared.set(key, kinds);
    return kinds;
  };
  return { world, source: { ...source, entryFindings }, sharedKinds };
}

/** Strips the findings, leaving the typed arrays a worker needs. */
export const leanCascade = (c: CompiledCascade): CompiledCascade => ({ ...c, edges: [] });

/**
 * Prepares a scenario under an architecture for Monte Carlo.
 * @example prepareScenario(lib, korea, {params, inputs}).sim // pass to runTrials
 */
export function prepareScenario(
  library: Library,
  scenario: Scenario,
  options: PrepareOptions,
): PreparedScenario {
  const architecture = options.architecture ?? scenario.architecture;
  const { world, source, sharedKinds } =
    options.basis ?? scenarioBasis(library, scenario, architecture);
  const year = yearOf(scenario.date);
  // The bases with a standing presence on the date under the architecture (proposals only where it adds them).
  const presence = presenceBases(library, scenario.date, world.architecture);
  const ctx = {
    params: options.params,
    date: scenario.date,
    year,
    agreements: library.agreements,
    inputs: options.inputs,
    stationed: (obligor: StateId, host: StateId) => stationedIn(presence, obligor, host),
  };
  const terms = new Map<LocatedFinding, ProbabilityTerms>();
  const rows = new Map<LocatedFinding, FittedRow>();
  const model = options.params;
  const drawing =
    options.parameterDraws !== false && !options.probability && model.form === 'logistic-fitted';
  const probability =
    options.probability ??
    ((edge: LocatedFinding, kind: ObligationEdgeKind) => {
      const t = honourProbability(ctx, edge, kind);
      terms.set(edge, t);
      // An elicited prior is no function of the fitted coefficients: its edge is not redrawn.
      if (drawing && kind !== 'constrained' && t.elicited === undefined)
        rows.set(edge, fittedRow(model, ctx, edge, kind).row);
      return t.p;
    });
  const decisions = options.decisions ?? scenario.assumptions.decisions;
  const override = (edge: LocatedFinding, kind: ObligationEdgeKind) => {
    const o = overrideFor(decisions, edge.finding);
    if (!o) return undefined;
    // Terms keep the model's own p beside the user's, and the edge gets no fitted row: not drawn.
    const model = options.probability?.(edge, kind) ?? honourProbability(ctx, edge, kind).p;
    terms.set(edge, { kind, p: o.p, source: 'override', decision: o.decision, model });
    return o;
  };
  const candidates = [...new Set(world.inForce.flatMap((a) => membersOn(a, world.date)))];
  const cascade = compileCascade(source, {
    probability,
    override,
    // A replaced model (p = 1 for the honoured cascade) leaves unassumed hosts out, as the cascade does.
    basing: (decision) => (options.probability ? 0 : basingProbability(options.params, decision)),
    ...(options.affinity === false
      ? {}
      : {
          affinity: (s: StateId, anchor: StateId, enemy: StateId) =>
            affinityProbability(options.params, sharedKinds(s, anchor, enemy)),
          affinityCandidates: candidates,
        }),
  });
  const place = locate(world.gazetteer, scenario.events[0]!.target).point;
  const majors = majorPowersOn(scenario.date);
  const nuclear = nuclearStatesOn(scenario.date);
  const rule = scenario.assumptions.projection;
  const stations = (state: StateId): Station[] =>
    (presence.get(state) ?? []).map((b) => ({
      base: b.id,
      name: b.name,
      coordinates: b.coordinates,
    }));
  const cap = place
    ? capabilityAtPlace(
        options.inputs,
        cascade.states,
        place,
        year,
        rule === 'bases' ? stations : undefined,
      )
    : undefined;
  const byFinding = new Map([...terms].map(([lf, t]) => [lf.finding, t]));
  const rowOf = new Map([...rows].map(([lf, r]) => [lf.finding, r]));
  const draws =
    drawing && model.form === 'logistic-fitted'
      ? parameterDraws(
          model,
          cascade.edges.map((e) => rowOf.get(e.finding)),
        )
      : undefined;
  return {
    scenario,
    architecture,
    sim: {
      cascade: leanCascade(cascade),
      capability: Float64Array.from(cap?.values ?? cascade.states.map(() => 0)),
      major: Uint8Array.from(cascade.states.map((s) => (majors.includes(s) ? 1 : 0))),
      nuclear: Uint8Array.from(cascade.states.map((s) => (nuclear.includes(s) ? 1 : 0))),
      stream: streamKey(scenario.id),
      ...(draws && drawsVary(draws) ? { draws } : {}),
    },
    edges: cascade.edges.map((e) => ({ ...e, terms: byFinding.get(e.finding) })),
    states: cascade.states,
    challenger: source.attackers[0]!,
    targets: source.defenders,
    place,
    majors,
    nuclear,
    umbrellas: umbrellasOver(world.inForce, source.defenders, world.date),
    missingCapability: cap?.missing ?? [...cascade.states],
    projection: { rule, from: cap?.from ?? [] },
    modelIntervals: drawing,
    overrides: Object.entries(decisions).map(([decision, p]) => ({
      decision,
      p,
      edges: cascade.edges.filter((e) => e.override === decision).length,
    })),
  };
}
