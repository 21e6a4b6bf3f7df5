import { describe, expect, it } from 'vitest';
import { parseHash } from '../common/hash-route.ts';
import { byRound, sidesAt } from './rounds.ts';

const entries = [
  { state: 'PRK', side: 'attacker', round: 0 },
  { state: 'KOR', side: 'defender', round: 0 },
  { state: 'USA', side: 'defender', round: 1 },
  { state: 'CHN', side: 'attacker', round: 2 },
] as never[];

describe('cascade rounds', () => {
  it('colours only the states that have entered by the round', () => {
    expect(sidesAt(entries, 0)).toEqual({ PRK: 'fill-attacker', KOR: 'fill-defender' });
    expect(Object.keys(sidesAt(entries, 2))).toHaveLength(4);
  });
  it('groups entries by round in order', () => {
    expect(byRound(entries).map(([r, es]) => [r, es.length])).toEqual([
      [0, 2],
      [1, 1],
      [2, 1],
    ]);
  });
});

describe('hash routes', () => {
  it('reads the view and its parameters, falling back to the map', () => {
    const r = parseHash('#/scenario?target=JPN.senkaku');
    expect([r.view, r.params.get('target')]).toEqual(['scenario', 'JPN.senkaku']);
    expect(parseHash('#/nowhere').view).toBe('map');
    expect(parseHash('').view).toBe('map');
  });
});
