/** Round 0 of a war: the sides each hostile event of a scenario puts its actor and its victim on. */
import type { Event } from '../model/event.ts';
import type { StateId } from '../model/ids.ts';
import type { Side } from './cascade-types.ts';
import { heldBack } from './forces-abroad.ts';
import { type Location, locate, victimOf } from './gazetteer.ts';
import { isHostile } from './hostilities.ts';
import type { World } from './world.ts';

export interface Opening {
  state: StateId;
  side: Side;
  event: Event;
  /** True for the state the event hit, false for its actor. */
  victim: boolean;
  location: Location;
}

/**
 * Each hostile event's actor and victim, first assignment winning: an actor on the attacking
 * side, unless it strikes a state already attacking (a US strike on an invasion fleet), which
 * puts it on the defending side; a victim on the side opposite its attacker, unless its own law
 * holds it back (its forces hit abroad: forces-abroad.ts). Give round 0's events
 * (`roundZeroEvents`) to count the forces stationed where the scenario strikes.
 * @example openingSides(world, [invasion, usStrike]).map((o) => `${o.state}:${o.side}`) // ['CHN:attacker', 'TWN:defender', 'USA:defender']
 */
export function openingSides(world: World, events: readonly Event[]): Opening[] {
  const sides = new Map<StateId, Side>();
  const out: Opening[] = [];
  const join = (o: Opening) => {
    if (sides.has(o.state)) return;
    sides.set(o.state, o.side);
    out.push(o);
  };
  for (const event of events.filter(isHostile)) {
    const location = locate(world.gazetteer, event.target);
    const victim = victimOf(event.target, location);
    const side: Side =
      victim !== undefined && sides.get(victim) === 'attacker' ? 'defender' : 'attacker';
    join({ state: event.actor, side, event, victim: false, location });
    if (victim !== undefined && victim !== event.actor && !heldBack(world, victim, location))
      join({
        state: victim,
        side: sides.get(event.actor) === 'attacker' ? 'defender' : 'attacker',
        event,
        victim: true,
        location,
      });
  }
  return out;
}
