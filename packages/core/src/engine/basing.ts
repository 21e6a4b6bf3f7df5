/**
 * Basing entanglement: which of a belligerent's bases abroad fight in a war, who decides that
 * they may, and the strikes on them that make their host a party (docs/engine.md).
 */
import { greatCircleMiles, milesToKm } from '../geo/distance.ts';
import type { Base } from '../model/base.ts';
import { isWithin } from '../model/dates.ts';
import type { Event } from '../model/event.ts';
import type { AgreementId, ClauseId, StateId } from '../model/ids.ts';
import type { BaseUseRecord, BasingDecision, Entry } from './cascade-types.ts';
import { NameOf, nameOf } from './describe.ts';
import type { Citation, Finding } from './finding.ts';
import { membersOn } from './in-force.ts';
import { citationOf } from './pair.ts';
import type { World } from './world.ts';

/** A base abroad a belligerent could fight from, and why it would. */
export interface CombatBase {
  base: Base;
  /** Distance from the scene, where the scene has a point. */
  distanceKm?: number | undefined;
  /** A scenario event names it in `from`. */
  named: boolean;
}

/** The point a war is fought around: the first event's. */
export type Scene = readonly [number, number] | undefined;

/** Kinds of use with forces in place: `access` is a right to come, with no standing presence to fight from. */
export const fightsFrom = (b: Base) => b.use !== 'access';

/**
 * The user's bases abroad that fight in a war at the scene: those within the assumed range, and
 * those an event names, the named first, then nearest first. A base at home is no one else's concern.
 * @example combatBases(world, 'USA', [121.5, 25.0], new Set()) // Kadena (≈630 km), Futenma, …
 */
export function combatBases(
  world: World,
  user: StateId,
  scene: Scene,
  named: ReadonlySet<string>,
): CombatBase[] {
  const range = world.assumptions.basing.rangeKm;
  return world.bases
    .filter((b) => b.users.includes(user) && b.host !== user && fightsFrom(b))
    .map((base) => ({
      base,
      distanceKm: scene ? milesToKm(greatCircleMiles(base.coordinates, scene)) : undefined,
      named: named.has(base.id),
    }))
    .filter((c) => c.named || (c.distanceKm !== undefined && c.distanceKm <= range))
    .sort((x, y) => Number(y.named) - Number(x.named) || (x.distanceKm ?? 0) - (y.distanceKm ?? 0));
}

/**
 * How combat from the base is decided: jointly where host and user manage it together (its
 * `managedBy`, or a joint-basing institution of an agreement in force between them, which may
 * say `combatUse: host-consent`), otherwise by the host's consent alone.
 * @example basingDecision(revisedWorld, kadena, 'USA') // 'joint-decision'
 */
export function basingDecision(world: World, base: Base, user: StateId): BasingDecision {
  const institution = world.inForce
    .filter((a) => {
      const members = membersOn(a, world.date);
      return members.includes(base.host) && members.includes(user);
    })
    .flatMap((a) => a.institutions)
    .find(
      (i) =>
        i.kind === 'joint-basing' &&
        i.hosts.includes(base.host) &&
        isWithin({ start: i.inForce ?? i.signed, end: i.ended }, world.date),
    );
  if (institution) return institution.combatUse ?? 'joint-decision';
  return base.managedBy.includes(base.host) && base.managedBy.includes(user)
    ? 'joint-decision'
    : 'host-consent';
}

/** The grant a base's use rests on, in words. */
export function grantOf(world: World, base: Base): string {
  const g = base.grants[0];
  if (!g) return `${base.host}'s own territory`;
  if ('agreement' in g)
    return `${world.library.agreements.get(g.agreement)?.shortName ?? g.agreement}, ${g.article}`;
  return g.article ? `${g.instrument}, ${g.article}` : g.instrument;
}

/** The bases the scenario's events name in `from`. */
export const namedBases = (events: readonly Event[]): Set<string> =>
  new Set(events.flatMap((e) => (e.from ? [e.from] : [])));

/** Why a combat base counts, in words. */
export const whyUsed = (c: CombatBase): string =>
  c.named
    ? 'named by an event'
    : `${Math.round(c.distanceKm ?? 0).toLocaleString('en-US')} km from the scene`;

/**
 * The strikes on a base used for combat: each striker hits the user's forces there and the
 * host's territory around them, so both the user's and the host's partners are asked to act.
 * A strike on a user whose side opened the war is a counter-strike (the initiator rule).
 */
export function baseStrikes(
  world: World,
  base: Base,
  user: StateId,
  strikers: readonly StateId[],
  userAttacked: boolean,
  round: number,
): Event[] {
  const home = world.gazetteer.homes.get(base.host)?.id;
  const place = base.place ?? home;
  return strikers.flatMap((striker): Event[] => {
    const common = {
      date: world.date,
      actor: striker,
      kind: 'armed-attack' as const,
      severity: 'high' as const,
      note: `${striker} strikes ${base.name} (${base.host}), used by ${user} for combat`,
    };
    const forces: Event = {
      ...common,
      id: `round-${round}-${striker}-strikes-${base.id}`,
      target: {
        state: user,
        asset: 'armed-forces',
        ...(place ? { place } : {}),
        at: [base.coordinates[0], base.coordinates[1]],
        detail: base.name,
      },
      ...(userAttacked ? { provokedBy: user, counterstrike: true } : {}),
    };
    if (!place) return [forces];
    return [
      forces,
      {
        ...common,
        id: `round-${round}-${striker}-strikes-${base.host}-at-${base.id}`,
        target: { place },
      },
    ];
  });
}

/** One host's decision on a belligerent's use of its bases in reach, and what a yes would bring. */
export interface HostDecision {
  host: StateId;
  user: StateId;
  decision: BasingDecision;
  answer: BaseUseRecord['answer'];
  /** The bases in reach in that host, the first (named, or nearest) giving the reason. */
  uses: CombatBase[];
  /** The other side's principals, who strike the bases if they are used and strikes are assumed. */
  strikers: StateId[];
  /** The strikes on the bases if the host says yes (none when strikes are spared). */
  strikes: Event[];
  /** The host's entry if it says yes and that puts it at war (a joint decision, or strikes on it). */
  entry?: Entry | undefined;
  /** The decision as a finding, citing the grant, for answers that list their edges. */
  finding: Finding;
}

/** The grant's article as a citation, and the access clause it holds (Article VI's, for Japan). */
function grantCitation(world: World, base: Base): { citation: Citation; clause: ClauseId } {
  const g = base.grants[0];
  const agreement = g && 'agreement' in g ? world.library.agreements.get(g.agreement) : undefined;
  const article = agreement?.articles.find((a) => g && a.article === g.article);
  if (agreement && article)
    return {
      citation: citationOf(agreement, article),
      clause: (article.clauses.find((c) => c.type === 'access')?.id ??
        `${agreement.id}-basing`) as ClauseId,
    };
  const name = grantOf(world, base);
  return {
    citation: {
      agreement: `basing-${base.id}` as AgreementId,
      agreementName: name,
      article: g?.article ?? 'grant',
      textStatus: 'not-quoted',
      source: g && 'source' in g ? g.source : base.sources[0]!,
    },
    clause: `basing-${base.id}` as ClauseId,
  };
}

/**
 * Each host's decision on the entrant's bases in reach of the war, for hosts `skip` does not rule
 * out (those at war already): the deterministic cascade applies the assumed answer, the Monte
 * Carlo draws it (sim/compiled-cascade.ts), both from this one reading.
 * @example hostDecisions(world, usEntry, principals, scene, named, () => false)[0] // {host: 'JPN', decision: 'host-consent', …}
 */
export function hostDecisions(
  world: World,
  entrant: Entry,
  principals: readonly Entry[],
  scene: Scene,
  named: ReadonlySet<string>,
  skip: (host: StateId) => boolean,
): HostDecision[] {
  const byHost = new Map<StateId, CombatBase[]>();
  for (const c of combatBases(world, entrant.state, scene, named))
    if (!skip(c.base.host)) byHost.set(c.base.host, [...(byHost.get(c.base.host) ?? []), c]);
  const struck = world.assumptions.basing.strikes === 'struck';
  const strikers = struck
    ? principals.filter((p) => p.side !== entrant.side).map((p) => p.state)
    : [];
  return [...byHost].map(([host, uses]): HostDecision => {
    const first = uses[0]!.base;
    const decision = basingDecision(world, first, entrant.state);
    const grant = grantOf(world, first);
    const strikes = uses.flatMap((c) =>
      baseStrikes(
        world,
        c.base,
        entrant.state,
        strikers,
        entrant.side === 'attacker',
        entrant.round,
      ),
    );
    const reason =
      decision === 'joint-decision'
        ? `decides with ${nameOf(entrant.state)} to fight from the jointly managed ${first.name} (${grant})`
        : strikers.length > 0
          ? `${NameOf(strikers[0]!)} strikes ${entrant.state} forces at ${first.name} (${host}), used for combat under ${grant}`
          : undefined;
    const { citation, clause } = grantCitation(world, first);
    return {
      host,
      user: entrant.state,
      decision,
      answer: world.assumptions.basing.consent[host] ?? 'not-assumed',
      uses,
      strikers,
      strikes,
      entry: reason
        ? {
            state: host,
            side: entrant.side,
            round: entrant.round + 1,
            reason,
            via: decision === 'joint-decision' ? entrant.state : strikers[0],
            base: first.id,
          }
        : undefined,
      finding: {
        event: -1,
        agreement: citation.agreement,
        clause,
        clauseType: 'access',
        fired: true,
        category: 'permission',
        obligation: 'access',
        obligor: host,
        beneficiary: entrant.state,
        adversary: strikers[0] ?? principals.find((p) => p.side !== entrant.side)?.state ?? host,
        response: 'consult-first',
        citation,
        trace: [],
        summary: `${NameOf(host)} decides${decision === 'joint-decision' ? ` with ${nameOf(entrant.state)}` : ''} whether ${first.name}${uses.length > 1 ? ` and ${uses.length - 1} other base(s)` : ''} may be used for combat (${grant})${reason && decision === 'host-consent' ? '; if so, the other side strikes them' : ''}`,
      },
    };
  });
}
