/** The events an entrant generates: an armed attack on the home territory of each principal it now fights. */
import type { Event, Target } from '../model/event.ts';
import type { StateId } from '../model/ids.ts';
import type { Entry } from './cascade-types.ts';
import type { World } from './world.ts';

/** Where a strike on a state lands: its home territory, or its forces at the scene of the first event. */
function targetOf(world: World, state: StateId, scene: Event): Target {
  const home = world.gazetteer.homes.get(state);
  if (home) return { place: home.id };
  const at = 'at' in scene.target ? scene.target.at : undefined;
  return { state, asset: 'armed-forces', place: scene.target.place, at };
}

/**
 * An entrant on the defending side strikes each original attacker; one on the attacking side
 * strikes each original defender. A strike on an original attacker counts as provoked by it.
 * @example entryStrikes(world, usEntry, principals, events) // [{actor: 'USA', kind: 'armed-attack', target: {place: 'PRK.main'}}]
 */
export function entryStrikes(
  world: World,
  entry: Entry,
  principals: readonly Entry[],
  scene: Event,
): Event[] {
  return principals
    .filter((p) => p.side !== entry.side)
    .map((p) => ({
      id: `round-${entry.round}-${entry.state}-strikes-${p.state}`,
      date: world.date,
      actor: entry.state,
      kind: 'armed-attack' as const,
      target: targetOf(world, p.state, scene),
      severity: 'high' as const,
      provokedBy: p.side === 'attacker' ? p.state : undefined,
      note: `${entry.state} enters the war in round ${entry.round} and strikes ${p.state}`,
    }));
}
