/** Step 2 of the engine: every clause of the world against one event, as findings with their traces. */
import type { Event } from '../model/event.ts';
import { describeTarget } from './describe.ts';
import type { Condition, Finding } from './finding.ts';
import { locate, victimOf } from './gazetteer.ts';
import { summarize } from './summarize.ts';
import { conditions, type Evaluation } from './triggers/index.ts';
import type { Pair, World } from './world.ts';

function evaluate(pair: Pair, ev: Evaluation): Finding {
  const trace: Condition[] = [];
  let failed: Condition | undefined;
  // The trace stops at the first failed condition: it is the answer, and the rest would be moot.
  for (const check of conditions) {
    const c = check(pair, ev);
    if (c === undefined) continue;
    trace.push(c);
    if (!c.pass) {
      failed = c;
      break;
    }
  }
  return {
    event: 0,
    agreement: pair.agreement.id,
    clause: pair.clause.id,
    clauseType: pair.clause.type,
    fired: failed === undefined,
    category: failed === undefined ? pair.category : 'none',
    obligation: pair.obligation,
    obligor: pair.obligor,
    beneficiary: pair.beneficiary,
    // An offence pledge is directed against the state its ally attacks, not against the ally.
    adversary: pair.obligation === 'must-join-attack' ? ev.victim : ev.event.actor,
    response: pair.clause.response,
    citation: pair.citation,
    trace,
    failed,
    summary: summarize(pair, failed, ev.event.actor, ev.victim),
  };
}

const rank = { duty: 0, permission: 10, policy: 20, none: 30 } as const;
const weight: Record<Finding['obligation'], number> = {
  'must-defend': 0,
  'must-join-attack': 1,
  'must-not-attack': 2,
  'must-stay-neutral': 3,
  'must-consult': 4,
  'may-use-force': 0,
  policy: 0,
  access: 5,
};
const order = (f: Finding) => rank[f.category] + (f.fired ? weight[f.obligation] : 0);

const strength: Record<Finding['response'], number> = {
  automatic: 0,
  constitutional: 1,
  unstated: 2,
  'consult-first': 3,
  discretionary: 4,
};

/**
 * The sort key: duties first; among equals, the strongest and then the most specific agreement
 * (fewest members), so a state's entry is explained by its bilateral treaty, not an old pact.
 */
const sortKey = (pair: Pair, f: Finding): number =>
  order(f) * 1e6 + strength[f.response] * 1e3 + Math.min(pair.agreement.members.length, 999);

/** Everything about an event that a finding depends on: equal signatures give equal findings. */
function signatureOf(event: Event, locationKey: string): string {
  const t = event.target;
  const what = 'state' in t ? `${t.state}:${t.asset}:${t.detail ?? ''}` : '';
  return `${event.actor}|${event.kind}|${what}|${locationKey}|${event.provokedBy ?? ''}`;
}

/** The pairs an event can concern: those protecting the victim (or pledged not to attack it), and offence pairs of the actor. */
function candidates(world: World, event: Event, victim: Event['actor']): Pair[] {
  const actor = event.actor;
  const protecting = (world.byVictim.get(victim) ?? []).filter((p) =>
    p.obligation === 'must-not-attack' ? p.obligor === actor : p.obligor !== actor,
  );
  const joining = (world.byActor.get(actor) ?? []).filter((p) => p.obligor !== victim);
  return joining.length === 0 ? protecting : [...protecting, ...joining];
}

/** How many event signatures a world remembers; past that the oldest answer is forgotten. */
const REMEMBERED = 128;

/**
 * Every finding for one event: duties first (defence before consultation), then permissions, then
 * policy, then the clauses that did not fire, each with the first condition that failed. An event
 * on territory no state administers concerns no clause. Answers are remembered per world and event
 * signature (the last 128), so the world must not be changed after prepareWorld; returned
 * findings are shared: do not mutate them.
 * @example findObligations(world, {actor: 'CHN', kind: 'armed-attack', target: {place: 'JPN.senkaku'}, severity: 'high'})
 * // [{obligor: 'USA', beneficiary: 'JPN', obligation: 'must-defend', fired: true, ...}, ...]
 */
export function findObligations(world: World, event: Event, eventIndex = 0): Finding[] {
  const location = locate(world.gazetteer, event.target);
  const signature = signatureOf(event, location.key);
  let findings = world.answers.get(signature);
  if (!findings) {
    const victim = victimOf(event.target, location);
    if (victim === undefined || victim === event.actor) findings = [];
    else {
      const where = describeTarget(event.target, location.primary?.name);
      const ev: Evaluation = { world, event, location, victim, where };
      findings = candidates(world, event, victim)
        .map((p) => {
          const f = evaluate(p, ev);
          return { f, key: sortKey(p, f) };
        })
        .sort((a, b) => a.key - b.key)
        .map(({ f }) => f);
    }
    if (world.answers.size >= REMEMBERED) world.answers.delete(world.answers.keys().next().value!);
    world.answers.set(signature, findings);
  }
  return eventIndex === 0 ? findings : findings.map((f) => ({ ...f, event: eventIndex }));
}
