/** Which of a scenario's own events strike back at the side that opened the war, for the initiator rule. */
import type { Event } from '../model/event.ts';
import type { StateId } from '../model/ids.ts';
import { heldBack } from './forces-abroad.ts';
import { locate, victimOf } from './gazetteer.ts';
import { isHostile } from './hostilities.ts';
import type { World } from './world.ts';

/**
 * The events with `counterstrike: true` on each one that hits a state already on the attacking
 * side: sides are given as the cascade's round 0 gives them, event by event, the first
 * assignment winning, so a state struck first and striking back is never taken to have opened
 * the war. Events already marked keep their mark; an unmarked list is returned as it was.
 * @example markCounterstrikes(world, [chinaOnSenkaku, usaOnChina])[1].counterstrike // true
 */
export function markCounterstrikes(world: World, events: readonly Event[]): readonly Event[] {
  const side = new Map<StateId, 'attacker' | 'defender'>();
  let marked: Event[] | undefined;
  events.forEach((event, i) => {
    const location = locate(world.gazetteer, event.target);
    const victim = victimOf(event.target, location);
    if (victim !== undefined && side.get(victim) === 'attacker' && !event.counterstrike) {
      marked ??= [...events];
      marked[i] = { ...event, counterstrike: true };
    }
    if (!isHostile(event)) return;
    if (!side.has(event.actor)) side.set(event.actor, 'attacker');
    if (victim !== undefined && !side.has(victim) && !heldBack(world, victim, location))
      side.set(victim, 'defender');
  });
  return marked ?? events;
}
