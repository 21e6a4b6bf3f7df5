/** Step 2 of the engine: every clause of the world against one event, as findings with their traces. */
import type { Event } from '../model/event.ts';
import type { StateId } from '../model/ids.ts';
import type { AnswerCache } from './answer-cache.ts';
import { type Evaluation, evaluate } from './evaluation.ts';
import type { Condition, Finding } from './finding.ts';
import { runProgram } from './program.ts';
import type { Group, Slate } from './slate.ts';
import { summaryTail } from './summarize.ts';
import type { World } from './world.ts';

/** What one event gives for one group: the same for each of its obligors. */
interface Outcome {
  trace: Condition[];
  failed: Condition | undefined;
  tail: string;
}

function outcomeOf(slate: Slate, group: Group, ev: Evaluation): Outcome {
  const trace: Condition[] = [];
  // The trace stops at the first failed condition: it is the answer, and the rest would be moot.
  const failed = runProgram(slate.program, group.start, ev, trace);
  return { trace, failed, tail: summaryTail(group, failed, ev) };
}

/**
 * Whether an event concerns one obligor of a group, given the `state` its slate tests obligors
 * by: a pledge-giver if it is that state (the attacker); any other obligor unless it is that
 * state (the attacker, or for an offence pledge the state attacked).
 */
const concerns = (group: Group, obligor: StateId, state: StateId): boolean =>
  group.pledge ? obligor === state : obligor !== state;

function concernsAny(group: Group, state: StateId): boolean {
  const obligors = group.obligors;
  if (!group.pledge) return obligors.length > 1 || obligors[0] !== state;
  for (let i = 0; i < obligors.length; i++) if (obligors[i] === state) return true;
  return false;
}

/**
 * A state's permission to defend itself (pair.ts) is asked only of attacks on it outside the
 * territory it administers: at home it is at war as the victim, and the permission adds nothing.
 */
const selfAtHome = (group: Group, ev: Evaluation): boolean =>
  group.beneficiary === ev.victim &&
  group.obligors.includes(ev.victim) &&
  ev.location.administeredBy === ev.victim;

/** The outcome of each group of a slate the event concerns (undefined for the others). */
function outcomes(slate: Slate, state: StateId, ev: Evaluation): (Outcome | undefined)[] {
  const groups = slate.groups;
  const found: (Outcome | undefined)[] = new Array(groups.length);
  for (let i = 0; i < groups.length; i++)
    found[i] =
      concernsAny(groups[i]!, state) && !selfAtHome(groups[i]!, ev)
        ? outcomeOf(slate, groups[i]!, ev)
        : undefined;
  return found;
}

/** One answer as it is written: the event read, its index, and the findings so far. */
interface Answering {
  readonly ev: Evaluation;
  readonly index: number;
  readonly findings: Finding[];
}

/** Appends the findings of a group's obligors, one per obligor the event concerns. */
function emit(to: Answering, group: Group, outcome: Outcome, state: StateId): void {
  const { trace, failed, tail } = outcome;
  const fired = failed === undefined;
  // An offence pledge is directed against the state its ally attacks, not against the ally.
  const adversary = group.obligation === 'must-join-attack' ? to.ev.victim : to.ev.event.actor;
  const heads = fired ? group.firedHeads : group.names;
  const before = fired ? '' : group.gives;
  const obligors = group.obligors;
  for (let i = 0; i < obligors.length; i++) {
    const obligor = obligors[i]!;
    if (!concerns(group, obligor, state)) continue;
    to.findings.push({
      event: to.index,
      agreement: group.agreement,
      clause: group.clause,
      clauseType: group.clauseType,
      fired,
      category: fired ? group.category : 'none',
      obligation: group.obligation,
      obligor,
      beneficiary: group.beneficiary,
      adversary,
      response: group.response,
      citation: group.citation,
      trace,
      failed,
      summary: before + heads[i] + tail,
    });
  }
}

/** One slate as an answer reads it: its groups' outcomes and the state its obligors are tested by. */
interface Asked {
  readonly slate: Slate;
  readonly state: StateId;
  readonly found: readonly (Outcome | undefined)[];
}

/** Emits the findings of a slate's group `i`, when its outcome is the one being listed. */
function emitIf(to: Answering, a: Asked, i: number, fired: boolean): void {
  const outcome = a.found[i];
  if (outcome !== undefined && (outcome.failed === undefined) === fired)
    emit(to, a.slate.groups[i]!, outcome, a.state);
}

/**
 * The findings of both slates with the outcome `fired`, in the order one stable sort by key over
 * both lists would give: a merge of two rankings already in order.
 */
function emitInOrder(to: Answering, p: Asked, j: Asked, fired: boolean): void {
  const a = fired ? p.slate.fired : p.slate.unfired;
  const b = fired ? j.slate.fired : j.slate.unfired;
  let x = 0;
  let y = 0;
  while (x < a.order.length || y < b.order.length) {
    if (y >= b.order.length || (x < a.order.length && a.keys[a.order[x]!]! <= b.keys[b.order[y]!]!))
      emitIf(to, p, a.order[x++]!, fired);
    else emitIf(to, j, b.order[y++]!, fired);
  }
}

const none: Slate = {
  groups: [],
  program: [],
  fired: { keys: [], order: [] },
  unfired: { keys: [], order: [] },
};

/**
 * The pairs an event concerns: those protecting the victim (or pledged not to attack it) whose
 * obligor is not the attacker (or, for the pledge, is), and offence pairs of the attacker whose
 * obligor is not the victim. Findings of one group share their trace.
 */
function answer(world: World, event: Event, index: number): Finding[] {
  const ev = evaluate(world, event);
  if (ev === undefined) return [];
  const actor = event.actor;
  const protecting = world.byVictim.get(ev.victim) ?? none;
  const joining = world.byActor.get(actor) ?? none;
  const p: Asked = { slate: protecting, state: actor, found: outcomes(protecting, actor, ev) };
  const j: Asked = { slate: joining, state: ev.victim, found: outcomes(joining, ev.victim, ev) };
  const to: Answering = { ev, index, findings: [] };
  emitInOrder(to, p, j, true);
  emitInOrder(to, p, j, false);
  return to.findings;
}

/**
 * Every finding for one event: duties first (defence before consultation), then permissions, then
 * policy, then the clauses that did not fire, each with the first condition that failed. An event
 * on territory no state administers concerns no clause. A pure function of the world and the
 * event; with a `cache`, an answer already given for the same world and event comes from it.
 * Conditions and traces are shared between findings (and cached answers are shared whole): do
 * not mutate them.
 * @example findObligations(world, {actor: 'CHN', kind: 'armed-attack', target: {place: 'JPN.senkaku'}, severity: 'high'})
 * // [{obligor: 'USA', beneficiary: 'JPN', obligation: 'must-defend', fired: true, ...}, ...]
 */
export function findObligations(
  world: World,
  event: Event,
  eventIndex = 0,
  cache?: AnswerCache,
): Finding[] {
  if (!cache) return answer(world, event, eventIndex);
  const findings = cache.answer(world, event, () => answer(world, event, 0));
  return eventIndex === 0 ? findings : findings.map((f) => ({ ...f, event: eventIndex }));
}
