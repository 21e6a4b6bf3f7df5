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
 * A value that depends only on the clause pair and `key` (a phrase, or a whole condition for an
 * event kind), built once and kept on the pair: conditions are never mutated, so they are shared.
 * @example once(pair, `event-kind:${kind}`, () => ({test: 'event-kind', pass, reason}))
 */
export function once<T>(pair: Pair, key: string, make: () => T): T {
  let value = pair.memo.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    pair.memo.set(key, value);
  }
  return value;
}
