/** The engine's one cache: answers by world and event, of a size the caller states, least recently used out first. */
import type { Event } from '../model/event.ts';
import type { Finding } from './finding.ts';
import { Lru } from './lru.ts';
import type { World } from './world.ts';

/** Everything about an event that its findings depend on: equal signatures give equal findings. */
function signatureOf(event: Event): string {
  const t = event.target;
  const what = 'state' in t ? `${t.state}:${t.asset}:${t.detail ?? ''}` : '';
  const at = 'at' in t && t.at ? t.at.join(',') : '';
  return `${event.actor}|${event.kind}|${what}|${t.place ?? ''}@${at}|${event.provokedBy ?? ''}|${event.conflict ?? ''}|${event.counterstrike === true}`;
}

/**
 * Answers already given, for any number of worlds (each answer is kept for its world and event,
 * so worlds never see each other's). The engine reads and fills it only when a caller passes it.
 */
export class AnswerCache {
  readonly #answers: Lru<string, Finding[]>;
  /** A number per world keeps keys short; weak, so a world the caller drops is not kept alive. */
  readonly #worlds = new WeakMap<World, number>();
  #worldCount = 0;

  constructor(readonly capacity: number) {
    this.#answers = new Lru(capacity);
  }

  /** The answers held now, never more than `capacity`. */
  get size(): number {
    return this.#answers.size;
  }

  /** The answer held for the world and event, or `make()`'s, which is then held. */
  answer(world: World, event: Event, make: () => Finding[]): Finding[] {
    let id = this.#worlds.get(world);
    if (id === undefined) {
      id = this.#worldCount++;
      this.#worlds.set(world, id);
    }
    return this.#answers.get(`${id}|${signatureOf(event)}`, make);
  }
}

/**
 * A cache of at most `size` answers, to pass to findObligations and runCascade.
 * @example const cache = createAnswerCache({size: 1024}); findObligations(world, event, 0, cache)
 */
export const createAnswerCache = ({ size }: { size: number }): AnswerCache => new AnswerCache(size);
