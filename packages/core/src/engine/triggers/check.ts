/** What every trigger condition sees, and the shape of a condition test. */
import type { Event } from '../../model/event.ts';
import type { StateId } from '../../model/ids.ts';
import type { Condition } from '../finding.ts';
import type { Location } from '../gazetteer.ts';
import type { Pair, World } from '../world.ts';

/** One event as the conditions read it: where it is, whom it hits, and how to say so. */
export interface Evaluation {
  world: World;
  event: Event;
  location: Location;
  victim: StateId;
  /** The target in words, e.g. "Guam" or "the Philippines' public vessel at Second Thomas Shoal". */
  where: string;
}

/** A condition test: its verdict with reason, or undefined when the clause does not ask it. */
export type Check = (pair: Pair, ev: Evaluation) => Condition | undefined;

/**
 * A phrase that depends only on the clause pair, built once and kept on it: the event-specific
 * part of a reason is all that is built per event.
 * @example phrase(pair, 'event-kind', () => 'Article V answers an armed attack')
 */
export function phrase(pair: Pair, key: string, make: () => string): string {
  let words = pair.phrases.get(key);
  if (words === undefined) {
    words = make();
    pair.phrases.set(key, words);
  }
  return words;
}
