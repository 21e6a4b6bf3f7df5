import { describe, expect, it } from 'vitest';
import { event, realLibrary, worldOf } from '../../test/real-library.ts';
import { runCascade } from './cascade.ts';
import { findObligations } from './find-obligations.ts';
import { noCommitments } from './no-commitment.ts';
import type { World } from './world.ts';

/** Freezes every object and array the world reaches, and makes its Maps and Sets refuse changes. */
function deepFreeze(value: unknown, seen = new Set<unknown>()): void {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return;
  if (seen.has(value)) return;
  seen.add(value);
  if (value instanceof Map || value instanceof Set) {
    for (const name of ['set', 'add', 'delete', 'clear'])
      Object.defineProperty(value, name, {
        value: () => {
          throw new Error(`the world was changed: ${name} on a ${value.constructor.name}`);
        },
      });
    for (const [k, v] of value instanceof Map ? value : [...value].map((x) => [x, x])) {
      deepFreeze(k, seen);
      deepFreeze(v, seen);
    }
  }
  for (const key of Reflect.ownKeys(value))
    deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
  Object.freeze(value);
}

const events = [
  { actor: 'CHN', kind: 'armed-attack', target: { place: 'JPN.senkaku' } },
  { actor: 'PRK', kind: 'armed-attack', target: { place: 'USA.guam' } },
  { actor: 'CHN', kind: 'blockade', target: { place: 'TWN.main' } },
  {
    actor: 'CHN',
    kind: 'armed-attack',
    target: { state: 'PHL', asset: 'public-vessel', at: [115.85, 9.75], detail: 'a cutter' },
  },
  {
    actor: 'RUS',
    kind: 'missile-launch',
    target: { state: 'USA', asset: 'aircraft', at: [20, 56] },
  },
].map((e) => event(e as never));

const answersOf = (world: World) => [
  ...events.map((e, i) => [findObligations(world, e, i), noCommitments(world, e, i)]),
  runCascade(world, [events[1]!], { mode: 'honoured' }),
];

describe('a prepared world', () => {
  realLibrary();

  it('is never changed by an answer: a frozen world answers as a fresh one does', () => {
    const frozen = worldOf('status-quo', '2024-11-01', { JPN: 'survival-threatening-situation' });
    deepFreeze(frozen);
    const fresh = () =>
      worldOf('status-quo', '2024-11-01', { JPN: 'survival-threatening-situation' });
    expect(answersOf(frozen)).toEqual(answersOf(fresh()));
  });

  it('answers an event the same whatever it answered before (no answer depends on another)', () => {
    const world = worldOf('status-quo', '2024-11-01');
    const after = answersOf(world).slice(0, -1);
    const first = events.map((e, i) => {
      const alone = worldOf('status-quo', '2024-11-01');
      return [findObligations(alone, e, i), noCommitments(alone, e, i)];
    });
    expect(after).toEqual(first);
  });
});
