/** Step 3 of the engine: follow obligations as states enter, round by round, to a fixpoint. */
import type { Event } from '../model/event.ts';
import type { BaseId, StateId } from '../model/ids.ts';
import { grantOf, hostDecisions, namedBases, type Scene, whyUsed } from './basing.ts';
import { honours } from './cascade-rules.ts';
import { entryStrikes } from './cascade-strikes.ts';
import type {
  BaseUseRecord,
  CascadeOptions,
  CascadeResult,
  Conflict,
  Entry,
  ForcesAbroadRecord,
} from './cascade-types.ts';
import { markCounterstrikes } from './counterstrikes.ts';
import { describeTarget, NameOf, nameOf } from './describe.ts';
import { findObligations } from './find-obligations.ts';
import type { Finding } from './finding.ts';
import { heldBack, stationedHits } from './forces-abroad.ts';
import { locate } from './gazetteer.ts';
import { openingSides } from './opening-sides.ts';
import type { World } from './world.ts';

/** The belligerents so far, with the bookkeeping one cascade needs. */
interface War {
  world: World;
  options: CascadeOptions;
  entries: Entry[];
  byState: Map<StateId, Entry>;
  findings: Finding[];
  conflicts: Conflict[];
  basing: BaseUseRecord[];
}

/** Where the war is fought and which bases its events name: what base use is judged by. */
interface Theatre {
  scene: Scene;
  named: ReadonlySet<string>;
  principals: readonly Entry[];
}

function enter(war: War, entry: Entry): void {
  if (war.byState.has(entry.state)) return;
  war.byState.set(entry.state, entry);
  war.entries.push(entry);
}

function openWar(war: War, events: readonly Event[], stationed: ReadonlySet<Event>): void {
  for (const o of openingSides(war.world, events)) {
    const where = describeTarget(o.event.target, o.location.primary?.name);
    const target = o.event.target;
    enter(war, {
      state: o.state,
      side: o.side,
      round: 0,
      reason: o.victim
        ? `attacked by ${nameOf(o.event.actor)}${stationed.has(o.event) && 'detail' in target ? `: its forces stationed at ${target.detail} (${o.location.primary?.name ?? target.place})` : ''}`
        : `${NameOf(o.state)} strikes ${where}`,
    });
  }
}

/**
 * Round 0's attacks on forces abroad: the stationed forces the scenario's strikes hit (at
 * `events.length + i` in the findings' index), and the scenario's own attacks on forces of a
 * state whose law holds it back; each says whether its state is at war and which law held it.
 */
function forcesAbroad(
  war: War,
  events: readonly Event[],
  hits: ReturnType<typeof stationedHits>,
): ForcesAbroadRecord[] {
  const { world } = war;
  const record = (event: Event, index: number, bases: BaseId[]): ForcesAbroadRecord[] => {
    const target = event.target;
    if (!('state' in target)) return [];
    const location = locate(world.gazetteer, target);
    const law = heldBack(world, target.state, location);
    if (bases.length === 0 && !law) return [];
    return [
      {
        state: target.state,
        actor: event.actor,
        event: index,
        where: location.primary?.name ?? target.place ?? 'the location given',
        ...(location.administeredBy ? { administeredBy: location.administeredBy } : {}),
        bases,
        atWar: war.byState.has(target.state),
        ...(law?.constraint
          ? { law: law.id, lawName: law.shortName, allowsForceFor: law.constraint.allowsForceFor }
          : {}),
      },
    ];
  };
  return [
    ...events.flatMap((e, i) => (isForce(e) ? record(e, i, []) : [])),
    ...hits.flatMap((h, i) =>
      record(
        h.event,
        events.length + i,
        h.bases.map((b) => b.id),
      ),
    ),
  ];
}

const isForce = (e: Event) => e.kind === 'armed-attack' || e.kind === 'missile-launch';

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
 * The bases abroad the entrant fights from, in hosts not at war: each host's answer is the one
 * assumed (not assumed: the bases are not used). A yes brings the strikes on its bases, and the
 * host in: as their victim, or from its own decision where the bases are jointly managed.
 */
function useBases(
  war: War,
  entrant: Entry,
  theatre: Theatre,
): { hosts: Entry[]; strikes: Event[] } {
  const hosts: Entry[] = [];
  const strikes: Event[] = [];
  const skip = (host: StateId) =>
    war.byState.has(host) || war.basing.some((u) => u.host === host && u.user === entrant.state);
  for (const d of hostDecisions(
    war.world,
    entrant,
    theatre.principals,
    theatre.scene,
    theatre.named,
    skip,
  )) {
    const used = d.answer === 'consents';
    for (const c of d.uses)
      war.basing.push({
        base: c.base.id,
        name: c.base.name,
        host: d.host,
        user: d.user,
        round: entrant.round,
        decision: d.decision,
        answer: d.answer,
        struckBy: used ? d.strikers : [],
        why: whyUsed(c),
        grant: grantOf(war.world, c.base),
      });
    if (!used) continue;
    strikes.push(...d.strikes);
    if (d.entry) hosts.push(d.entry);
  }
  return { hosts, strikes };
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
  const war: War = {
    world,
    options,
    entries: [],
    byState: new Map(),
    findings: [],
    conflicts: [],
    basing: [],
  };
  const hits = stationedHits(world, events);
  const round0 = [...events, ...hits.map((h) => h.event)];
  openWar(war, round0, new Set(hits.map((h) => h.event)));
  const abroad = forcesAbroad(war, events, hits);
  const principals = [...war.entries];
  const theatre: Theatre = {
    scene: locate(world.gazetteer, events[0]!.target).point,
    named: namedBases(events),
    principals,
  };
  const generated: Event[] = hits.map((h) => h.event);
  // Hosts brought in by their bases enter with the strikes on them, and strike back a round later.
  const basesOf = (entrants: readonly Entry[]) => {
    const strikes: Event[] = [];
    const hosts: Entry[] = [];
    for (const entrant of entrants) {
      const used = useBases(war, entrant, theatre);
      for (const host of used.hosts) enter(war, host);
      hosts.push(...used.hosts);
      strikes.push(...used.strikes);
    }
    return { strikes, hosts };
  };
  const opening = basesOf(principals);
  let carried = opening.hosts;
  let pending: (readonly [Event, number])[] = markCounterstrikes(world, round0).map(
    (e, i) => [e, i] as const,
  );
  pending.push(...opening.strikes.map((e, i) => [e, round0.length + i] as const));
  generated.push(...opening.strikes);
  const maxRounds = options.maxRounds ?? Number.POSITIVE_INFINITY;
  let round = 0;
  while ((pending.length > 0 || carried.length > 0) && round < maxRounds) {
    round += 1;
    const added: Entry[] = [...carried];
    const roundFindings = pending.flatMap(([event, index]) =>
      findObligations(world, event, index, options.cache),
    );
    war.findings.push(...roundFindings);
    for (const f of roundFindings) consider(war, f, round, added);
    const based = basesOf(added.filter((e) => e.round === round));
    carried = based.hosts;
    const strikes = [
      ...added.flatMap((entry) => entryStrikes(world, entry, principals, events[0]!)),
      ...based.strikes,
    ];
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
    basing: war.basing,
    ...(abroad.length > 0 ? { forcesAbroad: abroad } : {}),
  };
}
