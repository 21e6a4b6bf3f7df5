import { describe, expect, it } from 'vitest';
import { asState } from '../model/ids.ts';
import { adjustedCapability, capabilityAtPlace, milesPerDay } from './strength-gradient.ts';

describe('loss-of-strength gradient (methods.md §3 worked values)', () => {
  const cases: [number, number, number, number][] = [
    [0.1, 0, 2000, 0.1373],
    [0.1, 1359, 2000, 0.1],
    [0.1, 2000, 2000, 0.0886],
    [0.1, 5000, 1900, 0.0367],
    [0.1, 5000, 1930, 0.0485],
    [0.1, 5000, 2000, 0.0579],
    [0.15, 6800, 2020, 0.0818],
  ];
  it.each(cases)('CINC %s at %s miles in %s → %s', (cinc, miles, year, expected) => {
    expect(adjustedCapability(cinc, miles, year)).toBeCloseTo(expected, 4);
  });

  it('uses EUGene era break-points', () => {
    expect([milesPerDay(1917), milesPerDay(1918), milesPerDay(1945), milesPerDay(1946)]).toEqual([
      250, 375, 375, 500,
    ]);
  });

  it('gives zero for zero capability', () => {
    expect(adjustedCapability(0, 100, 2000)).toBe(0);
  });
});

describe('capabilityAtPlace', () => {
  it('lists states without data and gives them zero', () => {
    const inputs = {
      capability: (s: string) => (s === 'AAA' ? 0.1 : undefined),
      capital: () => [0, 0] as const,
    };
    const r = capabilityAtPlace(inputs, [asState('AAA'), asState('BBB')], [0, 0], 2000);
    expect(r.values[0]).toBeCloseTo(0.1373, 4);
    expect(r.values[1]).toBe(0);
    expect(r.missing).toEqual(['BBB']);
  });
});
