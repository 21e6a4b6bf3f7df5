/** The events an entrant generates: an armed attack on each principal it now fights, where the scenario's escalation assumption says. */
import type { Event, Target } from '../model/event.ts';
import type { StateId } from '../model/ids.ts';
import type { Entry } from './cascade-types.ts';
import type { World } from './world.ts';

/** The state's forces (or territory, if it holds the place) at the scene of the first event. */
function atScene(world: World, state: StateId, scene: Event): Target {
  const place = scene.target.place;
  if (
    place &&
    !('state' in scene.target) &&
    world.gazetteer.places.get(place)?.administeredBy === state
  )
    return { place };
  const at = 'at' in scene.target ? scene.target.at : undefined;
  return { state, asset: 'armed-forces', place, at };
}

/** Where a strike on a state lands: its homeland, or, under `theatre`, a defender at the scene. */
function targetOf(world: World, state: StateId, scene: Event, defender: boolean): Target {
  if (defender && world.assumptions.escalation === 'theatre') return atScene(world, state, scene);
  const home = world.gazetteer.homes.get(state);
  return home ? { place: home.id } : atScene(world, state, scene);
}

/**
 * An entrant on the defending side strikes each original attacker at home; one on the attacking
 * side strikes each original defender (at the scene under `theatre`, at home under `homelands`).
 * A strike on an original attacker counts as provoked by it, and is a counter-strike: by the
 * initiator rule it does not invoke the attacker's defence pacts (triggers/initiator.ts).
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
      target: targetOf(world, p.state, scene, p.side === 'defender'),
      severity: 'high' as const,
      provokedBy: p.side === 'attacker' ? p.state : undefined,
      counterstrike: p.side === 'attacker' ? true : undefined,
      note: `${entry.state} enters the war in round ${entry.round} and strikes ${p.state}`,
    }));
}
