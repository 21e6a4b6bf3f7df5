/** The stakes of an event as the model can state them from the event alone: an invasion, a blockade or a quarantine. */
import type { Event } from '../model/event.ts';
import type { Stakes } from './declaratory-params.ts';

/**
 * An armed attack on territory is an invasion, a blockade a blockade, and a gray-zone act a
 * quarantine (CSIS's "quarantine": a law-enforcement cordon of customs inspections, not a naval
 * blockade); any other event, and an armed attack on forces at sea or in the air, has no stakes
 * the model can state, and a policy falls back to its base rate.
 * @example stakesOf({kind: 'armed-attack', target: {place: 'TWN.main'}, …}) // 'invasion'
 */
export function stakesOf(event: Pick<Event, 'kind' | 'target'> | undefined): Stakes | undefined {
  if (!event) return undefined;
  if (event.kind === 'armed-attack') return 'asset' in event.target ? undefined : 'invasion';
  if (event.kind === 'blockade') return 'blockade';
  if (event.kind === 'gray-zone') return 'quarantine';
  return undefined;
}
