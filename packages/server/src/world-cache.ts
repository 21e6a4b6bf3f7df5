/** Prepared worlds, cached per (architecture, date, assumptions), the plans they come from, and the answers given in them, each cache bounded. */
import {
  type AnswerCache,
  type ArchitecturePlan,
  type Assumptions,
  createAnswerCache,
  type IsoDate,
  type Library,
  Lru,
  planArchitecture,
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

/** Every part of the key a plan depends on, in one order whatever order the request gave. */
const planKey = ({ architecture, assumptions }: WorldKey): string => {
  const situations = Object.entries(assumptions?.situations ?? {}).sort(([a], [b]) =>
    a < b ? -1 : 1,
  );
  return JSON.stringify([
    architecture,
    situations,
    assumptions?.escalation,
    assumptions?.unstatedConditions,
    assumptions?.notes ?? [],
  ]);
};

/**
 * A world cache over one library, holding the `capacity` most recently used worlds, the plans of
 * the `plans` architectures (with their assumptions) used last, from which a world on a new date
 * is a look-up, and the `answers` most recently used answers (an answer is a few kilobytes to a
 * few hundred).
 * @example createWorldCache(lib).get({architecture: 'status-quo', date: asDate('2024-11-01')})
 */
export function createWorldCache(
  library: Library,
  capacity = 64,
  answers = 2048,
  plans = 16,
): WorldCache {
  const lru = new Lru<string, World>(capacity);
  const planned = new Lru<string, ArchitecturePlan>(plans);
  return {
    get: (key) => {
      const forPlan = planKey(key);
      return lru.get(`${key.date} ${forPlan}`, () =>
        prepareWorld(
          library,
          { architecture: key.architecture, date: key.date, assumptions: key.assumptions },
          planned.get(forPlan, () => planArchitecture(library, key.architecture, key.assumptions)),
        ),
      );
    },
    get size() {
      return lru.size;
    },
    answers: createAnswerCache({ size: answers }),
  };
}
