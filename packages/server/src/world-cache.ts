/** Prepared worlds, cached per (architecture, date, assumptions), and the answers given in them, each cache bounded. */
import {
  type AnswerCache,
  type Assumptions,
  createAnswerCache,
  type IsoDate,
  type Library,
  Lru,
  prepareWorld,
  type World,
} from '@casus/core';

export interface WorldKey {
  architecture: string;
  date: IsoDate;
  assumptions?: Assumptions | undefined;
}

export interface WorldCache {
  /** The world for the key, prepared on first use; the architecture must be in the library. */
  get(key: WorldKey): World;
  /** The worlds held now, never more than the capacity given. */
  readonly size: number;
  /** Answers given in any of the worlds, for findObligations and runCascade to reuse. */
  readonly answers: AnswerCache;
}

/** Every part of the key a world depends on, in one order whatever order the request gave. */
const canonical = ({ architecture, date, assumptions }: WorldKey): string => {
  const situations = Object.entries(assumptions?.situations ?? {}).sort(([a], [b]) =>
    a < b ? -1 : 1,
  );
  return JSON.stringify([
    architecture,
    date,
    situations,
    assumptions?.escalation,
    assumptions?.unstatedConditions,
    assumptions?.notes ?? [],
  ]);
};

/**
 * A world cache over one library, holding the `capacity` most recently used worlds and the
 * `answers` most recently used answers (an answer is a few kilobytes to a few hundred).
 * @example createWorldCache(lib).get({architecture: 'status-quo', date: asDate('2024-11-01')})
 */
export function createWorldCache(library: Library, capacity = 64, answers = 2048): WorldCache {
  const lru = new Lru<string, World>(capacity);
  return {
    get: (key) =>
      lru.get(canonical(key), () =>
        prepareWorld(library, {
          architecture: key.architecture,
          date: key.date,
          assumptions: key.assumptions,
        }),
      ),
    get size() {
      return lru.size;
    },
    answers: createAnswerCache({ size: answers }),
  };
}
