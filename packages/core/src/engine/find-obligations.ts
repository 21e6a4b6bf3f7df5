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
  for (const check of conditions) {
    const c = check(pair, ev);
    if (c === undefined) continue;
    trace.push(c);
    if (!c.pass && failed === undefined) failed = c;
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
    adversary: ev.event.actor,
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

/**
 * Every finding for one event: duties first (defence before consultation), then permissions, then policy, then the clauses
 * that did not fire, each with the first condition that failed. An event on territory no state
 * administers concerns no clause. Findings are memoised per clause pair and event signature, so
 * the world must not be changed after prepareWorld; returned findings are shared: do not mutate them.
 * @example findObligations(world, {actor: 'CHN', kind: 'armed-attack', target: {place: 'JPN.senkaku'}, severity: 'high'})
 * // [{obligor: 'USA', beneficiary: 'JPN', obligation: 'must-defend', fired: true, ...}, ...]
 */
export function findObligations(world: World, event: Event, eventIndex = 0): Finding[] {
  const location = locate(world.gazetteer, event.target);
  const victim = victimOf(event.target, location);
  if (victim === undefined || victim === event.actor) return [];
  const where = describeTarget(event.target, location.primary?.name);
  const ev: Evaluation = { world, event, location, victim, where };
  const signature = signatureOf(event, location.key);
  const findings = candidates(world, event, victim).map((p) => {
    let found = p.memo.get(signature);
    if (!found) {
      found = evaluate(p, ev);
      p.memo.set(signature, found);
    }
    return found.event === eventIndex ? found : { ...found, event: eventIndex };
  });
  return findings.sort((a, b) => order(a) - order(b));
}
