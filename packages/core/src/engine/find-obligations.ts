/** Step 2 of the engine: every clause of the world against one event, as findings with their traces. */
import type { Event } from '../model/event.ts';
import type { StateId } from '../model/ids.ts';
import type { AnswerCache } from './answer-cache.ts';
import { type Evaluation, evaluationOf } from './evaluation.ts';
import type { Condition, Finding } from './finding.ts';
import { locate, victimOf } from './gazetteer.ts';
import { inOrder } from './order.ts';
import type { Group, Slate } from './slate.ts';
import { summaryTail } from './summarize.ts';
import type { World } from './world.ts';

/** What one event gives for one group: the same for each of its obligors. */
interface Outcome {
  trace: Condition[];
  failed: Condition | undefined;
  tail: string;
}

function outcomeOf(group: Group, ev: Evaluation): Outcome {
  const trace: Condition[] = [];
  let failed: Condition | undefined;
  // The trace stops at the first failed condition: it is the answer, and the rest would be moot.
  for (const step of group.steps) {
    const c = typeof step === 'function' ? step(ev) : step;
    trace.push(c);
    if (!c.pass) {
      failed = c;
      break;
    }
  }
  return { trace, failed, tail: summaryTail(group.wording, failed, ev) };
}

/** The pairs of a slate an event concerns, as a test of each obligor. */
type Asked = (group: Group, obligor: StateId) => boolean;

const none: Slate = {
  groups: [],
  fired: { keys: [], order: [] },
  unfired: { keys: [], order: [] },
};

function anyAsked(group: Group, asked: Asked): boolean {
  for (const o of group.obligors) if (asked(group, o)) return true;
  return false;
}

const outcomes = (slate: Slate, asked: Asked, ev: Evaluation): (Outcome | undefined)[] =>
  slate.groups.map((g) => (anyAsked(g, asked) ? outcomeOf(g, ev) : undefined));

/** Appends the findings of a group's obligors, one per obligor the event concerns. */
function emit(
  out: Finding[],
  group: Group,
  outcome: Outcome,
  asked: Asked,
  ev: Evaluation,
  index: number,
): void {
  const pair = group.pairs[0]!;
  const { trace, failed, tail } = outcome;
  const fired = failed === undefined;
  // An offence pledge is directed against the state its ally attacks, not against the ally.
  const adversary = pair.obligation === 'must-join-attack' ? ev.victim : ev.event.actor;
  const heads = fired ? group.heads.fired : group.heads.failed;
  for (let i = 0; i < group.obligors.length; i++) {
    const obligor = group.obligors[i]!;
    if (!asked(group, obligor)) continue;
    out.push({
      event: index,
      agreement: pair.agreement.id,
      clause: pair.clause.id,
      clauseType: pair.clause.type,
      fired,
      category: fired ? pair.category : 'none',
      obligation: pair.obligation,
      obligor,
      beneficiary: pair.beneficiary,
      adversary,
      response: pair.clause.response,
      citation: pair.citation,
      trace,
      failed,
      summary: heads[i] + tail,
    });
  }
}

/**
 * The pairs an event concerns: those protecting the victim (or pledged not to attack it) whose
 * obligor is not the attacker (or, for the pledge, is), and offence pairs of the attacker whose
 * obligor is not the victim. Findings of one group share their trace.
 */
function answer(world: World, event: Event, index: number): Finding[] {
  const location = locate(world.gazetteer, event.target);
  const victim = victimOf(event.target, location);
  const actor = event.actor;
  if (victim === undefined || victim === actor) return [];
  const ev = evaluationOf(world, event, location, victim);
  const slates = [world.byVictim.get(victim) ?? none, world.byActor.get(actor) ?? none] as const;
  const asks: [Asked, Asked] = [
    (g, o) => (g.pairs[0]!.obligation === 'must-not-attack') === (o === actor),
    (_, o) => o !== victim,
  ];
  const found = [outcomes(slates[0], asks[0], ev), outcomes(slates[1], asks[1], ev)];
  const findings: Finding[] = [];
  for (const fired of [true, false])
    inOrder(
      fired ? slates[0].fired : slates[0].unfired,
      fired ? slates[1].fired : slates[1].unfired,
      (list, i) => {
        const outcome = found[list]![i];
        if (outcome !== undefined && (outcome.failed === undefined) === fired)
          emit(findings, slates[list].groups[i]!, outcome, asks[list], ev, index);
      },
    );
  return findings;
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
