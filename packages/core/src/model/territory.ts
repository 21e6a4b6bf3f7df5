/** The home territory of a state the gazetteer lacks, as one point: what the historical answers (`--atop`, the backtest) attack. */
import type { PlaceId, StateId } from './ids.ts';
import type { Place } from './place.ts';

/**
 * `XXX.territory`, administered by the state, at `at`; `note` says where the point comes from.
 * @example territoryPlace('AUH', 'Austria-Hungary', [16.37, 48.21], 'placed at its capital Vienna').id // 'AUH.territory'
 */
export function territoryPlace(
  state: StateId,
  name: string,
  at: readonly [number, number],
  note: string,
): Place {
  return {
    id: `${state}.territory` as PlaceId,
    name,
    altNames: [],
    kind: 'territory',
    administeredBy: state,
    administration: [],
    claimants: [],
    tags: ['metropolitan'],
    geometry: { type: 'Point', coordinates: [at[0], at[1]] },
    note: `the territory of ${name}, ${note}`,
    source: 'COW state system v2016 and peacesciencer capitals (cow_capitals)',
  };
}

/**
 * True for a place id of the `XXX.territory` form: library/places/world.yaml's outlines of today's
 * states, or a point an answer added for a state without one. The backtest sets its own, at the
 * dated COW capital, over either.
 */
export const isWorldPlaceId = (id: string): boolean => id.endsWith('.territory');
