/** Prepared worlds, cached per (architecture, date, assumptions), so each obligations request only evaluates events. */
import {
  type Assumptions,
  type IsoDate,
  type Library,
  prepareWorld,
  type World,
} from '@casus/core';
import { Lru } from './lru.ts';

export interface WorldKey {
  architecture: string;
  date: IsoDate;
  assumptions?: Assumptions | undefined;
}

export interface WorldCache {
  /** The world for the key, prepared on first use; the architecture must be in the library. */
  get(key: WorldKey): World;
}

const canonical = ({ architecture, date, assumptions }: WorldKey): string => {
  const situations = Object.entries(assumptions?.situations ?? {}).sort(([a], [b]) =>
    a < b ? -1 : 1,
  );
  return JSON.stringify([architecture, date, situations, assumptions?.notes ?? []]);
};

/**
 * A world cache over one library, holding the `capacity` most recently used worlds.
 * @example createWorldCache(lib).get({architecture: 'status-quo', date: asDate('2024-11-01')})
 */
export function createWorldCache(library: Library, capacity = 64): WorldCache {
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
  };
}
