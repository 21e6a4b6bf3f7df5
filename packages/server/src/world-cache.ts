/** Prepared worlds, cached per (architecture, date, assumptions), the plans they come from, and the answers given in them, each cache bounded. */
import {
  type AnswerCache,
  type ArchitecturePlan,
  type Assumptions,
  createAnswerCache,
  defaultAssumptions,
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
  /**
   * Plans every architecture of the library under the default assumptions, every stretch of
   * dates built, so that no request with those assumptions waits for a plan.
   */
  planAhead(): void;
  /** How many plans it has made: one per architecture and assumptions, again after an eviction. */
  readonly plansMade: number;
}

/** Every part of the key a plan depends on, in one order whatever order the request gave. */
const planKey = ({ architecture, assumptions }: Omit<WorldKey, 'date'>): string => {
  const situations = Object.entries(assumptions?.situations ?? {}).sort(([a], [b]) =>
    a < b ? -1 : 1,
  );
  return JSON.stringify([
    architecture,
    situations,
    assumptions?.escalation,
    assumptions?.unstatedConditions,
    assumptions?.counterstrikeInvokes,
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
  let plansMade = 0;
  const planOf = (key: Omit<WorldKey, 'date'>) =>
    planned.get(planKey(key), () => {
      plansMade++;
      return planArchitecture(library, key.architecture, key.assumptions);
    });
  return {
    get: (key) =>
      lru.get(`${key.date} ${planKey(key)}`, () =>
        prepareWorld(
          library,
          { architecture: key.architecture, date: key.date, assumptions: key.assumptions },
          planOf(key),
        ),
      ),
    planAhead: () => {
      for (const architecture of library.architectures.keys())
        planOf({ architecture, assumptions: defaultAssumptions() }).buildEveryStretch();
    },
    get size() {
      return lru.size;
    },
    get plansMade() {
      return plansMade;
    },
    answers: createAnswerCache({ size: answers }),
  };
}
