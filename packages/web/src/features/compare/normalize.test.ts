import { describe, expect, it } from 'vitest';
import { measuresOf, normalizeRows } from './normalize.ts';
import { regionalStates } from './regional.ts';

describe('compare job results', () => {
  it('reads estimates with intervals, counts and lists', () => {
    const rows = normalizeRows({
      rows: [
        {
          scenario: 's',
          architecture: 'a',
          attackers: ['PRK', 'CHN'],
          rounds: 2,
          deterrence: { mean: 1.2, ci: [1, 1.4] },
          escalation: { estimate: 0.3, low: 0.2, high: 0.4 },
        },
      ],
    });
    expect(rows).toContainEqual({
      scenario: 's',
      architecture: 'a',
      measure: 'attackers',
      value: 2,
    });
    expect(rows).toContainEqual({
      scenario: 's',
      architecture: 'a',
      measure: 'deterrence',
      value: 1.2,
      lo: 1,
      hi: 1.4,
    });
    expect(rows).toContainEqual({
      scenario: 's',
      architecture: 'a',
      measure: 'escalation',
      value: 0.3,
      lo: 0.2,
      hi: 0.4,
    });
    expect(measuresOf(rows).slice(0, 2)).toEqual(['deterrence', 'escalation']);
  });
  it('gives nothing for a result without rows', () => {
    expect(normalizeRows({ error: 'x' })).toEqual([]);
  });
  it('limits coverage to the region and the states bound to it', () => {
    const states = regionalStates([
      { obligor: 'USA', beneficiary: 'JPN' },
      { obligor: 'BEL', beneficiary: 'NLD' },
    ]);
    expect([...states].sort()).toEqual(['JPN', 'USA']);
  });
});
