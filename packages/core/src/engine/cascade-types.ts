/** The result of following obligations as they cascade: sides, rounds, and why each state entered. */
import type { Event } from '../model/event.ts';
import type { AgreementId, BaseId, StateId } from '../model/ids.ts';
import type { AnswerCache } from './answer-cache.ts';
import type { Finding } from './finding.ts';

/**
 * How obligations turn into entry. `strict`: only automatic duties bring a state in. `honoured`:
 * every defence duty is honoured (unless a domestic constraint forbids it). (The Monte Carlo does
 * not run this cascade: it compiles one, sim/compiled-cascade.ts, and draws on it.)
 */
export type CascadeMode = 'strict' | 'honoured';

export type Side = 'attacker' | 'defender';

export interface Entry {
  state: StateId;
  side: Side;
  /** 0 for the original attacker and target(s); 1 for the first states brought in; and so on. */
  round: number;
  /** The finding that brought the state in (absent for round 0 and for joins without a duty). */
  because?: Finding | undefined;
  /** Plain-words reason, e.g. "Article V of the US–Japan treaty (round 1)". */
  reason: string;
  /** The state whose attack set off the finding that brought this one in: its parent in the chain. */
  via?: StateId | undefined;
  /** The base that brought a host in: struck by the other side, or fought from by a joint decision. */
  base?: BaseId | undefined;
}

/** A state whose fired duty points to the side opposite the one it is already on: noted, never switched. */
export interface Conflict {
  state: StateId;
  /** The side the duty would have put it on. */
  side: Side;
  round: number;
  finding: Finding;
}

export interface CascadeResult {
  entries: Entry[];
  /** Every finding evaluated in every round (fired and not), in order. */
  findings: Finding[];
  /** The events the cascade generated: each entry is an armed attack on the other side. */
  events: Event[];
  rounds: number;
  /** Duties a belligerent could not honour because they point to the other side. */
  conflicts?: Conflict[] | undefined;
  /** Each belligerent's bases abroad in reach of the war: who decided their use, and who struck them. */
  basing?: BaseUseRecord[] | undefined;
  /**
   * Round 0's attacks on a state's forces abroad: those stationed where a scenario event strikes
   * (their attack is generated, `events` holds it), and the scenario's own attacks on the forces of a
   * state whose law limits its use of force (docs/engine.md, "Forces abroad").
   */
  forcesAbroad?: ForcesAbroadRecord[] | undefined;
}

export interface CascadeOptions {
  mode: CascadeMode;
  /** A safety bound; the cascade is cycle-safe without it. */
  maxRounds?: number;
  /** Answers to reuse and keep, per event (see findObligations); without it nothing is kept. */
  cache?: AnswerCache | undefined;
}

/** One attack on a state's forces abroad in round 0, and whether it put that state at war. */
export interface ForcesAbroadRecord {
  /** Whose forces were hit. */
  state: StateId;
  actor: StateId;
  /** The attack's index in [...events, ...result.events], as findings' `event`. */
  event: number;
  /** Where the forces were: the place's name. */
  where: string;
  administeredBy?: StateId | undefined;
  /** The bases there the forces are stationed at (none for a scenario's own attack on them). */
  bases: BaseId[];
  /** True when the state is at war from round 0 (as this attack's victim or otherwise). */
  atWar: boolean;
  /** The state's own law that keeps it out unless its permission clauses let it in. */
  law?: AgreementId | undefined;
  /** That law's short name, and the situations in which it lets the state use force. */
  lawName?: string | undefined;
  allowsForceFor?: string[] | undefined;
}

/** How a base's combat use is decided: by the host's consent, or with the user under joint management. */
export type BasingDecision = 'host-consent' | 'joint-decision';

/** One base's part in a war, as every answer reports it. */
export interface BaseUseRecord {
  base: BaseId;
  name: string;
  host: StateId;
  user: StateId;
  /** The round the user was at war from, so the round the base could first fight in. */
  round: number;
  decision: BasingDecision;
  /** The host's answer: assumed in a deterministic run (`not-assumed` when it was not). */
  answer: 'consents' | 'refuses' | 'not-assumed';
  /** The states of the other side that strike it (none unless used and strikes are assumed). */
  struckBy: StateId[];
  /** Why the base counts: "named by an event", or its distance from the scene. */
  why: string;
  /** The grant its use rests on, e.g. "US–Japan treaty (1960), Article VI". */
  grant: string;
}
