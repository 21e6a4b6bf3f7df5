/** Step 3 of the engine: follow obligations as states enter, round by round, to a fixpoint. */
import type { Event } from '../model/event.ts';
import type { StateId } from '../model/ids.ts';
import { honours } from './cascade-rules.ts';
import { entryStrikes } from './cascade-strikes.ts';
import type { CascadeOptions, CascadeResult, Conflict, Entry } from './cascade-types.ts';
import { markCounterstrikes } from './counterstrikes.ts';
import { describeTarget, NameOf, nameOf } from './describe.ts';
import { findObligations } from './find-obligations.ts';
import type { Finding } from './finding.ts';
import { locate, victimOf } from './gazetteer.ts';
import { isHostile } from './hostilities.ts';
import type { World } from './world.ts';

/** The belligerents so far, with the bookkeeping one cascade needs. */
interface War {
  world: World;
  options: CascadeOptions;
  entries: Entry[];
  byState: Map<StateId, Entry>;
  findings: Finding[];
  conflicts: Conflict[];
}

function enter(war: War, entry: Entry): void {
  if (war.byState.has(entry.state)) return;
  war.byState.set(entry.state, entry);
  war.entries.push(entry);
}

function openWar(war: War, events: readonly Event[]): void {
  for (const event of events.filter(isHostile)) {
    const location = locate(war.world.gazetteer, event.target);
    const where = describeTarget(event.target, location.primary?.name);
    const victim = victimOf(event.target, location);
    enter(war, {
      state: event.actor,
      side: 'attacker',
      round: 0,
      reason: `${NameOf(event.actor)} strikes ${where}`,
    });
    if (victim !== undefined && victim !== event.actor)
      enter(war, {
        state: victim,
        side: 'defender',
        round: 0,
        reason: `attacked by ${nameOf(event.actor)}`,
      });
  }
}

function consider(war: War, finding: Finding, round: number, added: Entry[]): void {
  if (!honours(finding, war.options.mode)) return;
  const side = war.byState.get(finding.beneficiary)?.side;
  if (side === undefined) return;
  const existing = war.byState.get(finding.obligor);
  if (existing) {
    if (existing.side !== side)
      war.conflicts.push({ state: finding.obligor, side, round, finding });
    return;
  }
  const { agreement, article } = finding.citation;
  const shortName = war.world.library.agreements.get(agreement)?.shortName ?? agreement;
  const verb = side === 'defender' ? 'defends' : 'fights for';
  const entry: Entry = {
    state: finding.obligor,
    side,
    round,
    because: finding,
    // The state whose attack set this one off: the attacker, or for an offence pledge the ally.
    via: finding.obligation === 'must-join-attack' ? finding.beneficiary : finding.adversary,
    reason: `${verb} ${nameOf(finding.beneficiary)} under ${shortName}, ${article}`,
  };
  enter(war, entry);
  added.push(entry);
}

/**
 * Runs the cascade: round 0 puts each event's actor on the attacking side and its victim on the
 * defending side; each later round adds the obligors whose duties fired (as the mode decides),
 * and each entrant's strikes on the other side's principals are the next round's events. Ends
 * when a round adds nobody; a state enters at most once, so it always ends. Findings' `event`
 * indexes [...events, ...result.events].
 * @example runCascade(world, [northKoreaInvades], {mode: 'honoured'}).entries.map((e) => e.state) // ['PRK', 'KOR', 'USA', 'CHN', 'RUS']
 */
export function runCascade(
  world: World,
  events: readonly Event[],
  options: CascadeOptions,
): CascadeResult {
  const war: War = { world, options, entries: [], byState: new Map(), findings: [], conflicts: [] };
  openWar(war, events);
  const principals = [...war.entries];
  const generated: Event[] = [];
  let pending = markCounterstrikes(world, events).map((e, i) => [e, i] as const);
  const maxRounds = options.maxRounds ?? Number.POSITIVE_INFINITY;
  let round = 0;
  while (pending.length > 0 && round < maxRounds) {
    round += 1;
    const added: Entry[] = [];
    const roundFindings = pending.flatMap(([event, index]) =>
      findObligations(world, event, index, options.cache),
    );
    war.findings.push(...roundFindings);
    for (const f of roundFindings) consider(war, f, round, added);
    const strikes = added.flatMap((entry) => entryStrikes(world, entry, principals, events[0]!));
    pending = strikes.map((e, i) => [e, events.length + generated.length + i] as const);
    generated.push(...strikes);
  }
  const rounds = Math.max(0, ...war.entries.map((e) => e.round));
  return {
    entries: war.entries,
    findings: war.findings,
    events: generated,
    rounds,
    conflicts: war.conflicts,
  };
}
