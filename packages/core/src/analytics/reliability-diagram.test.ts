import { describe, expect, it } from 'vitest';
import { reliabilityDiagram } from './reliability-diagram.ts';

describe('reliabilityDiagram', () => {
  it('cuts sorted forecasts into ten groups of equal size with their counts and rates', () => {
    // 100 forecasts 0.005, 0.015, …, 0.995; in decile d, the first d of its 10 cases happened.
    const p = Array.from({ length: 100 }, (_, i) => (i + 0.5) / 100);
    const y = p.map((_, i) => (i % 10 < Math.floor(i / 10) ? 1 : 0));
    const order = [...p.keys()].reverse();
    const bins = reliabilityDiagram(
      order.map((i) => p[i]!),
      order.map((i) => y[i]!),
    );
    expect(bins).toHaveLength(10);
    bins.forEach((b, d) => {
      expect(b.n).toBe(10);
      expect(b.events).toBe(d);
      expect(b.predicted).toBeCloseTo(d / 10 + 0.05, 12);
      expect(b.observed.value).toBeCloseTo(d / 10, 12);
      expect(b.lo).toBeCloseTo(d / 10 + 0.005, 12);
      expect(b.hi).toBeCloseTo(d / 10 + 0.095, 12);
    });
  });

  it('gives each group the Wilson interval of its rate (Wilson 1927; Newcombe 1998, Table II)', () => {
    // Wilson's score interval for 0/10 is [0, z²/(n + z²)] = [0, 0.2775]; for 5/10 it is
    // 0.5 ± z·√(0.25/10 + z²/400)/(1 + z²/10) = [0.2366, 0.7634]. Newcombe (1998, Stat. Med.
    // 17:857–872, Table II, method 3) publishes 0.0000–0.1611 for 0/20 and 0.0061–0.1718 for 1/29.
    const cases = (events: number, n: number, forecast: number) =>
      Array.from({ length: n }, (_, i) => [forecast, i < events ? 1 : 0] as const);
    const all = [
      ...cases(0, 10, 0.05),
      ...cases(5, 10, 0.45),
      ...cases(0, 20, 0.65),
      ...cases(1, 29, 0.85),
    ];
    const bins = reliabilityDiagram(
      all.map(([p]) => p),
      all.map(([, y]) => y),
      'width',
    );
    const at = (i: number) => [bins[i]!.observed.low, bins[i]!.observed.high];
    expect(at(0)[0]).toBe(0);
    expect(at(0)[1]).toBeCloseTo(0.2775, 4);
    expect(at(4)[0]).toBeCloseTo(0.2366, 4);
    expect(at(4)[1]).toBeCloseTo(0.7634, 4);
    expect(at(6)[1]).toBeCloseTo(0.1611, 4);
    expect(at(8)[0]).toBeCloseTo(0.0061, 4);
    expect(at(8)[1]).toBeCloseTo(0.1718, 4);
  });

  it('with equal-width bins keeps empty bins and puts a forecast of 1 in the last', () => {
    const bins = reliabilityDiagram([0.02, 0.07, 0.55, 1], [0, 1, 1, 1], 'width');
    expect(bins.map((b) => b.n)).toEqual([2, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(bins[0]).toMatchObject({ lo: 0, hi: 0.1, events: 1 });
    expect(bins[0]!.predicted).toBeCloseTo(0.045, 12);
    expect(bins[1]!.predicted).toBeNaN();
    expect(bins[9]).toMatchObject({ lo: 0.9, hi: 1, events: 1, predicted: 1 });
  });

  it('spreads fewer cases than groups one to a group (rank r to group ⌊r·groups/n⌋)', () => {
    const bins = reliabilityDiagram([0.9, 0.1, 0.5], [1, 0, 1], 'deciles', 5);
    expect(bins.map((b) => b.n)).toEqual([1, 1, 0, 1, 0]);
    expect(bins[2]!.lo).toBeNaN();
    expect(bins[2]!.observed).toMatchObject({ low: 0, high: 1 });
    expect(bins[3]).toMatchObject({ lo: 0.9, hi: 0.9, events: 1 });
  });
});
