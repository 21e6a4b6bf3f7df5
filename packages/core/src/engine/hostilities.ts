/** Which events open a war: acts of force, not incursions, threats, gray-zone pressure or cyber operations. */
import type { Event, EventKind } from '../model/event.ts';

/**
 * Event kinds that make the actor and the state it hits belligerents. A blockade counts: it is an
 * act of aggression under UN General Assembly Resolution 3314 (1974), Article 3(c). The others
 * still set off the clauses that answer them (consultation, above all), but nobody is at war.
 */
export const HOSTILE_KINDS: ReadonlySet<EventKind> = new Set([
  'armed-attack',
  'blockade',
  'missile-launch',
]);

/**
 * True when the event opens hostilities between its actor and the state it hits.
 * @example isHostile({kind: 'incursion', …}) // false
 */
export const isHostile = (event: Event): boolean => HOSTILE_KINDS.has(event.kind);
