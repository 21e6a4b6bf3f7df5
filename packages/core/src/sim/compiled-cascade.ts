/**
 * The cascade compiled for Monte Carlo: every obligation that could fire in any trial, found once
 * by exploring the closure of generated events, then each trial is a breadth-first walk over
 * integer arrays with one uniform draw per obligation reached.
 */
import type { HostDecision } from '../engine/basing.ts';
import type { BasingDecision } from '../engine/cascade-types.ts';
import type { Finding } from '../engine/finding.ts';
import type { Event } from '../model/event.ts';
import type { StateId } from '../model/ids.ts';
import { decisionOf } from './decision.ts';

/** A finding with the victim and location of the event that produced it. */
export interface LocatedFinding {
  finding: Finding;
  /** The state the event hit. */
  victim: StateId;
  /** The event's representative point [lon, lat], when known. */
  point?: readonly [number, number] | undefined;
  /** The event the finding answers: its kind and target state the stakes (sim/stakes.ts). */
  event?: Pick<Event, 'kind' | 'target'> | undefined;
}

/** Where the compiler gets its findings: the engine, or a hand-made fake in tests. */
export interface TriggerSource {
  /** Round-0 belligerents: the actors of the scenario's events, and the states they hit. */
  attackers: StateId[];
  defenders: StateId[];
  /** The findings of the scenario's own events. */
  initialFindings: LocatedFinding[];
  /** The findings of the events a state generates when it enters on `side` (0 attacker, 1 defender). */
  entryFindings(entrant: StateId, side: 0 | 1): LocatedFinding[];
  /** The hosts of its bases in reach that a state asks when it is at war on `side`, with the findings of the strikes a yes brings. */
  basing?(entrant: StateId, side: 0 | 1): BasingEdge[];
}

/** A host's decision on a belligerent's bases, as the compiler reads it. */
export interface BasingEdge {
  host: HostDecision;
  strikeFindings: LocatedFinding[];
}

/**
 * How a located finding turns into a chance of entry; `basing` is a host's yes to combat from
 * its bases, which brings it in (engine/basing.ts).
 */
export type EdgeKind = ObligationEdgeKind | 'basing';

/** The kinds of edge a finding gives, which the reliability model prices. */
export type ObligationEdgeKind = 'duty' | 'permission' | 'policy' | 'constrained';

/** Why an obligation (or a declined one) can bring a state in: returns the kind, or undefined. */
export function edgeKindOf(f: Finding): ObligationEdgeKind | undefined {
  const force = f.obligation === 'must-defend' || f.obligation === 'must-join-attack';
  if (f.fired) {
    if (f.category === 'duty' && force) return 'duty';
    if (f.category === 'permission' && f.obligation === 'may-use-force') return 'permission';
    if (f.category === 'policy') return 'policy';
    return undefined;
  }
  const onlyConstraint =
    f.failed?.test === 'domestic-constraint' &&
    f.trace.every((c) => c.pass || c.test === 'domestic-constraint');
  return onlyConstraint && (force || f.obligation === 'may-use-force') ? 'constrained' : undefined;
}

/** One obligation edge as reported with answers. */
export interface EdgeInfo {
  kind: EdgeKind;
  obligor: StateId;
  beneficiary: StateId;
  adversary: StateId;
  p: number;
  finding: Finding;
  /** The user's override that set p (`USA:TWN`), when one did. */
  override?: string | undefined;
}

/** The probability model the compiler calls once per edge, and the affinity-join model. */
export interface CompileModel {
  probability(edge: LocatedFinding, kind: ObligationEdgeKind): number;
  /** A user's override of the edge's decision, which then takes its p instead of `probability`'s. */
  override?(
    edge: LocatedFinding,
    kind: ObligationEdgeKind,
  ): { decision: string; p: number } | undefined;
  /** Chance that `state`, with no obligation in this scenario, joins the side of `anchor` against `enemyLeader`. */
  affinity?(state: StateId, anchor: StateId, enemyLeader: StateId): number;
  /** States that may join by affinity. */
  affinityCandidates?: readonly StateId[];
  /** P(a host says yes to combat from its bases) where the scenario assumes no answer; 0 without it. */
  basing?(decision: BasingDecision): number;
}

export interface CompiledCascade {
  /** Every state any trial could bring in, the round-0 states first. */
  states: StateId[];
  /** −1 not in at round 0; 0 attacker side; 1 defender side. */
  initialSide: Int8Array;
  initialEdges: Int32Array;
  edges: EdgeInfo[];
  edgeObligor: Int32Array;
  edgeBeneficiary: Int32Array;
  edgeP: Float64Array;
  /**
   * The decision each edge belongs to: one per (agreement, clause, obligor, beneficiary). An obligor
   * decides once per trial whether to honour its commitment to a beneficiary, at the first edge
   * reached, whatever later strikes on the beneficiary re-fire it.
   */
  edgeDecision: Int32Array;
  decisions: number;
  /** CSR over 2e + side: the edges fired by the events the obligor generates when it enters on that side. */
  edgeNextStart: Int32Array;
  edgeNext: Int32Array;
  volunteerState: Int32Array;
  volunteerSide: Int8Array;
  volunteerP: Float64Array;
  volunteerAnchorStart: Int32Array;
  volunteerAnchors: Int32Array;
  volunteerNextStart: Int32Array;
  volunteerNext: Int32Array;
  /**
   * CSR over 2·state + side: the volunteers (ascending) that the state anchors when it is at war on
   * that side, so a trial looks only at the volunteers an entry has just made eligible. The last
   * list, at 2·states, holds those the round-0 states anchor: the volunteers eligible in round 1.
   */
  anchoredStart: Int32Array;
  anchored: Int32Array;
}

interface Builder {
  /** Side of each round-0 state (0 attacker, 1 defender). */
  principalSide: Map<StateId, 0 | 1>;
  index: Map<StateId, number>;
  states: StateId[];
  edgeKey: Map<string, number>;
  edges: EdgeInfo[];
  eventEdges: Map<string, number[]>;
  /** A basing edge's strike findings: fired, after the host's own entry events, when the host says yes. */
  strikeEdges: Map<number, number[]>;
}

const stateIndex = (b: Builder, s: StateId): number => {
  let i = b.index.get(s);
  if (i === undefined) {
    i = b.states.length;
    b.states.push(s);
    b.index.set(s, i);
  }
  return i;
};

function edgesOf(b: Builder, located: LocatedFinding[], model: CompileModel): number[] {
  const out: number[] = [];
  for (const lf of located) {
    const f = lf.finding;
    const kind = edgeKindOf(f);
    if (!kind) continue;
    const key = `${f.agreement}|${f.clause}|${f.obligor}|${f.beneficiary}|${f.adversary}|${lf.victim}`;
    let id = b.edgeKey.get(key);
    if (id === undefined) {
      const override = model.override?.(lf, kind);
      id = b.edges.length;
      b.edges.push({
        kind,
        obligor: f.obligor,
        beneficiary: f.beneficiary,
        adversary: f.adversary,
        p: override ? override.p : model.probability(lf, kind),
        finding: f,
        ...(override ? { override: override.decision } : {}),
      });
      b.edgeKey.set(key, id);
      stateIndex(b, f.obligor);
      stateIndex(b, f.beneficiary);
    }
    if (!out.includes(id)) out.push(id);
  }
  return strongest(b, out);
}

/**
 * One edge per obligor→beneficiary for one event: a state bound to the same ally by two treaties
 * (the Philippine treaty and the Manila Pact) makes one decision, on its strongest commitment.
 */
function strongest(b: Builder, ids: number[]): number[] {
  const best = new Map<string, number>();
  for (const id of ids) {
    const e = b.edges[id]!;
    const key = `${e.obligor}|${e.beneficiary}`;
    const held = best.get(key);
    if (held === undefined || e.p > b.edges[held]!.p) best.set(key, id);
  }
  return [...best.values()];
}

/**
 * One edge per host the entrant asks, where a yes puts the host at war: p 1 or 0 where the
 * scenario assumes its answer, the model's otherwise. The strikes a yes brings fire next.
 */
function basingEdgesOf(
  b: Builder,
  src: TriggerSource,
  model: CompileModel,
  actor: StateId,
  side: 0 | 1,
): number[] {
  const out: number[] = [];
  for (const { host: d, strikeFindings } of src.basing?.(actor, side) ?? []) {
    if (!d.entry) continue;
    const key = `basing|${d.host}|${d.user}`;
    let id = b.edgeKey.get(key);
    if (id === undefined) {
      const p =
        d.answer === 'consents'
          ? 1
          : d.answer === 'refuses'
            ? 0
            : (model.basing?.(d.decision) ?? 0);
      id = b.edges.length;
      b.edges.push({
        kind: 'basing',
        obligor: d.host,
        beneficiary: d.user,
        adversary: d.finding.adversary,
        p,
        finding: d.finding,
      });
      b.edgeKey.set(key, id);
      stateIndex(b, d.host);
      stateIndex(b, d.user);
      b.strikeEdges.set(id, edgesOf(b, strikeFindings, model));
    }
    out.push(id);
  }
  return out;
}

function eventEdges(
  b: Builder,
  src: TriggerSource,
  model: CompileModel,
  actor: StateId,
  side: 0 | 1,
): number[] {
  const key = `${actor}@${side}`;
  let list = b.eventEdges.get(key);
  if (!list) {
    b.eventEdges.set(key, []);
    list = [
      ...edgesOf(b, src.entryFindings(actor, side), model),
      ...basingEdgesOf(b, src, model, actor, side),
    ];
    b.eventEdges.set(key, list);
  }
  return list;
}

/**
 * One partner's pull on a state with no obligation: when `anchor` is at war on `side`, the state
 * joins that side with probability p, independently of its other partners' pulls, so over a
 * trial it joins with 1 − Π(1 − p) over the partners at war (docs/simulation.md).
 */
interface Volunteer {
  state: StateId;
  side: 0 | 1;
  p: number;
  anchors: [StateId];
}

function findVolunteers(b: Builder, src: TriggerSource, model: CompileModel): Volunteer[] {
  if (!model.affinity || !model.affinityCandidates) return [];
  const obligors = new Set(b.edges.map((e) => e.obligor));
  const round0 = new Set([...src.attackers, ...src.defenders]);
  const leaders: [StateId, StateId] = [src.attackers[0]!, src.defenders[0]!];
  const possible = [...new Set([...round0, ...b.edges.map((e) => e.obligor)])];
  const out: Volunteer[] = [];
  for (const state of model.affinityCandidates) {
    if (obligors.has(state) || round0.has(state)) continue;
    for (const side of [0, 1] as const)
      for (const anchor of possible) {
        if (anchor === state) continue;
        const p = model.affinity(state, anchor, leaders[1 - side]!);
        if (p > 0) out.push({ state, side, p, anchors: [anchor] });
      }
  }
  return out;
}

/** Explores every event any trial could generate, so trials never call the engine. */
function explore(
  b: Builder,
  src: TriggerSource,
  model: CompileModel,
  initial: number[],
): Volunteer[] {
  const seen = new Set<string>();
  const pending: [StateId, 0 | 1][] = [];
  const want = (state: StateId, side: 0 | 1) => {
    const k = `${state}@${side}`;
    if (seen.has(k)) return;
    seen.add(k);
    pending.push([state, side]);
  };
  const visit = (ids: number[]) => {
    for (const id of ids) {
      const e = b.edges[id]!;
      const side = b.principalSide.get(e.beneficiary);
      if (side !== 1) want(e.obligor, 0);
      if (side !== 0) want(e.obligor, 1);
      const strikes = b.strikeEdges.get(id);
      if (strikes) visit(strikes);
    }
  };
  visit(initial);
  for (;;) {
    while (pending.length > 0) {
      const [state, side] = pending.pop()!;
      visit(eventEdges(b, src, model, state, side));
    }
    const volunteers = findVolunteers(b, src, model);
    for (const v of volunteers) want(v.state, v.side);
    if (pending.length === 0) return volunteers;
  }
}

/** Lists as compressed sparse rows: list i is items[start[i]..start[i + 1]). */
export function csr(lists: number[][]): [Int32Array, Int32Array] {
  const start = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) start[i + 1] = start[i]! + lists[i]!.length;
  return [start, Int32Array.from(lists.flat())];
}

/**
 * Compiles a scenario's cascade for fast trials.
 * @example compileCascade(source, {probability: () => 1}).edges.length // obligations reachable
 */
export function compileCascade(src: TriggerSource, model: CompileModel): CompiledCascade {
  const b: Builder = {
    principalSide: new Map([
      ...src.defenders.map((s) => [s, 1] as const),
      ...src.attackers.map((s) => [s, 0] as const),
    ]),
    index: new Map(),
    states: [],
    edgeKey: new Map(),
    edges: [],
    eventEdges: new Map(),
    strikeEdges: new Map(),
  };
  for (const s of [...src.attackers, ...src.defenders]) stateIndex(b, s);
  const initial = [
    ...edgesOf(b, src.initialFindings, model),
    ...src.attackers.flatMap((s) => basingEdgesOf(b, src, model, s, 0)),
    ...src.defenders.flatMap((s) => basingEdgesOf(b, src, model, s, 1)),
  ];
  const volunteers = explore(b, src, model, initial);
  for (const v of volunteers) stateIndex(b, v.state);
  const n = b.states.length;
  const initialSide = new Int8Array(n).fill(-1);
  for (const s of src.defenders) initialSide[b.index.get(s)!] = 1;
  for (const s of src.attackers) initialSide[b.index.get(s)!] = 0;
  const next = (a: StateId, side: 0 | 1) => b.eventEdges.get(`${a}@${side}`) ?? [];
  const [edgeNextStart, edgeNext] = csr(
    b.edges.flatMap((e, id) => {
      const strikes = b.strikeEdges.get(id) ?? [];
      return [
        [...next(e.obligor, 0), ...strikes],
        [...next(e.obligor, 1), ...strikes],
      ];
    }),
  );
  const [volunteerNextStart, volunteerNext] = csr(volunteers.map((v) => next(v.state, v.side)));
  const [volunteerAnchorStart, volunteerAnchors] = csr(
    volunteers.map((v) => v.anchors.map((a) => b.index.get(a)!)),
  );
  const anchoredBy = (at: number) =>
    volunteers.flatMap((v, i) =>
      v.side === at % 2 && v.anchors.includes(b.states[at >> 1]!) ? [i] : [],
    );
  const initialVolunteers = volunteers.flatMap((v, i) =>
    v.anchors.some((a) => initialSide[b.index.get(a)!] === v.side) ? [i] : [],
  );
  const [anchoredStart, anchored] = csr([
    ...Array.from({ length: 2 * n }, (_, at) => anchoredBy(at)),
    initialVolunteers,
  ]);
  const decisionKeys = new Map<string, number>();
  const edgeDecision = Int32Array.from(
    b.edges.map((e) => {
      const key = decisionOf(e);
      if (!decisionKeys.has(key)) decisionKeys.set(key, decisionKeys.size);
      return decisionKeys.get(key)!;
    }),
  );
  return {
    states: b.states,
    initialSide,
    initialEdges: Int32Array.from(initial),
    edges: b.edges,
    edgeObligor: Int32Array.from(b.edges.map((e) => b.index.get(e.obligor)!)),
    edgeBeneficiary: Int32Array.from(b.edges.map((e) => b.index.get(e.beneficiary)!)),
    edgeP: Float64Array.from(b.edges.map((e) => e.p)),
    edgeDecision,
    decisions: decisionKeys.size,
    edgeNextStart,
    edgeNext,
    volunteerState: Int32Array.from(volunteers.map((v) => b.index.get(v.state)!)),
    volunteerSide: Int8Array.from(volunteers.map((v) => v.side)),
    volunteerP: Float64Array.from(volunteers.map((v) => v.p)),
    volunteerAnchorStart,
    volunteerAnchors,
    volunteerNextStart,
    volunteerNext,
    anchoredStart,
    anchored,
  };
}
