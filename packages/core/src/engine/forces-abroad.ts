/**
 * Forces abroad: a strike on a place is also a strike on the other states' forces stationed there
 * at a base, and a state whose own law limits its use of force is not at war merely because its
 * forces abroad were hit (docs/engine.md, "Forces abroad").
 */
import type { Agreement } from '../model/agreement.ts';
import type { Base } from '../model/base.ts';
import type { Event } from '../model/event.ts';
import type { PlaceId, StateId } from '../model/ids.ts';
import { fightsFrom } from './basing.ts';
import { type Location, locate, victimOf } from './gazetteer.ts';
import type { World } from './world.ts';

/** The kinds of event that hit what is at a place: acts of force, but not a blockade, which closes it. */
const striking = new Set<Event['kind']>(['armed-attack', 'missile-launch']);

/** One state's forces hit by a strike on the place where they are stationed. */
export interface StationedHit {
  /** The attack on the forces, a round-0 event like the strike it comes from. */
  event: Event;
  /** The index of the scenario event that struck the place. */
  source: number;
  /** The bases at the place the state's forces are at (the first gives the event's coordinates). */
  bases: Base[];
}

/** True when `place` is the base's place or one of its ancestors: the base lies in it. */
const liesIn = (world: World, base: Base, place: PlaceId): boolean =>
  base.place !== undefined &&
  (world.gazetteer.chains.get(base.place) ?? []).some((p) => p.id === place);

/**
 * The attacks on foreign forces at the places the scenario's own strikes hit: for each strike on
 * a place (a territory target) other than the administering state's whole home territory, one
 * armed attack on each other state's forces at a base there (world.bases: on the date, under the
 * architecture; not `access` rights, which station nobody). The strike's actor and its victim are
 * not hit twice. A strike on a home territory as a whole names no site in it, so it is not read as
 * a strike on every garrison there (the US forces in South Korea in an invasion of the South):
 * a scenario that hits them says so with an asset target.
 * @example stationedHits(revisedWorld, [prkOnGuam])[0].event.target // {state: 'JPN', asset: 'armed-forces', place: 'USA.guam', …}
 */
export function stationedHits(world: World, events: readonly Event[]): StationedHit[] {
  const out: StationedHit[] = [];
  events.forEach((event, source) => {
    if (!striking.has(event.kind) || 'state' in event.target) return;
    const place = event.target.place;
    const location = locate(world.gazetteer, event.target);
    const victim = victimOf(event.target, location);
    if (victim !== undefined && world.gazetteer.homes.get(victim)?.id === place) return;
    const byUser = new Map<StateId, Base[]>();
    for (const base of world.bases)
      if (fightsFrom(base) && liesIn(world, base, place))
        for (const user of base.users)
          if (user !== victim && user !== event.actor)
            byUser.set(user, [...(byUser.get(user) ?? []), base]);
    for (const [user, bases] of byUser) {
      const first = bases[0]!;
      out.push({
        source,
        bases,
        event: {
          ...(event.date ? { date: event.date } : {}),
          id: `${event.id ?? `event-${source + 1}`}-hits-${user}-at-${first.id}`,
          actor: event.actor,
          kind: event.kind,
          severity: event.severity,
          target: {
            state: user,
            asset: 'armed-forces',
            place,
            at: [first.coordinates[0], first.coordinates[1]],
            detail: bases.map((b) => b.name).join(', '),
          },
          ...(event.provokedBy ? { provokedBy: event.provokedBy } : {}),
          ...(event.conflict ? { conflict: event.conflict } : {}),
          note: `${event.actor} strikes ${place}, where ${user} forces are stationed (${bases.map((b) => b.name).join(', ')})`,
        },
      });
    }
  });
  return out;
}

/** The scenario's events followed by the attacks on the forces stationed where they strike: round 0's events. */
export const roundZeroEvents = (world: World, events: readonly Event[]): Event[] => [
  ...events,
  ...stationedHits(world, events).map((h) => h.event),
];

/**
 * The domestic law (a library `constraint`) that limits the state's use of force, in force on the
 * world's date.
 * @example lawOf(world, 'JPN')?.id // 'japan-peace-security-2015'
 */
export const lawOf = (world: World, state: StateId): Agreement | undefined =>
  world.inForce.find((a) => a.constraint?.state === state);

/**
 * The law that keeps a victim out of round 0: a state whose own law limits its use of force, hit
 * outside the territory it administers (its forces abroad), is not at war for that alone; it
 * enters only as its law's permission clauses let it. Whether such an attack is an armed attack
 * on the state itself is its government's judgement (for Japan, the Cabinet's), which the model
 * does not make.
 */
export const heldBack = (
  world: World,
  victim: StateId,
  location: Location,
): Agreement | undefined => (location.administeredBy === victim ? undefined : lawOf(world, victim));
