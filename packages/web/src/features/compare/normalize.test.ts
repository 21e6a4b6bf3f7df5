import { describe, expect, it } from 'vitest';
import { measuresOf, normalizeRows } from './normalize.ts';
import { regionalStates } from './regional.ts';

describe('compare job results', () => {
  it('reads a row’s model interval beside its Monte Carlo one, and the model as no measure of its own', () => {
    const rows = normalizeRows({
      rows: [
        {
          scenario: 's',
          architecture: 'a',
          widened: { value: 0.05, low: 0.04, high: 0.06 },
          deterred: { value: 0.1, low: 0.09, high: 0.11 },
          model: { widened: { value: 0.05, low: 0.02, high: 0.09 } },
        },
      ],
    });
    expect(rows).toEqual([
      {
        scenario: 's',
        architecture: 'a',
        measure: 'escalation',
        value: 0.05,
        lo: 0.04,
        hi: 0.06,
        modelLo: 0.02,
        modelHi: 0.09,
      },
      { scenario: 's', architecture: 'a', measure: 'deterred', value: 0.1, lo: 0.09, hi: 0.11 },
    ]);
  });

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
  it('reads the rows of `casus compare --json`, naming entangled and widened as the comparison does', () => {
    const estimate = (value: number) => ({ value, low: value - 0.1, high: value + 0.1 });
    const rows = normalizeRows({
      command: 'compare',
      rows: [
        {
          scenario: 'senkaku-landing',
          architecture: 'status-quo+jpn-phl-pact',
          trials: 2000,
          deterrence: estimate(1.5),
          deterred: estimate(0.7),
          entangled: estimate(2.25),
          widened: estimate(0.3),
          belligerents: estimate(4),
        },
      ],
      coverage: [],
    });
    expect(rows.map((r) => r.measure)).not.toContain('trials');
    expect(rows).toContainEqual({
      scenario: 'senkaku-landing',
      architecture: 'status-quo+jpn-phl-pact',
      measure: 'entanglement',
      value: 2.25,
      lo: 2.15,
      hi: 2.35,
    });
    expect(measuresOf(rows)).toEqual([
      'deterrence',
      'entanglement',
      'escalation',
      'deterred',
      'belligerents',
    ]);
    expect(rows.every((r) => r.lo !== undefined && r.hi !== undefined)).toBe(true);
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
