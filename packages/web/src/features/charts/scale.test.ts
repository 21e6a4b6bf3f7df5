import { describe, expect, it } from 'vitest';
import { formatTick, linear, niceMax, ticks } from './scale.ts';

describe('chart scales', () => {
  it('rounds maxima up to nice numbers', () => {
    expect([niceMax(0.63), niceMax(7), niceMax(2.2), niceMax(0), niceMax(40)]).toEqual([
      1, 10, 2.5, 1, 50,
    ]);
  });
  it('maps values linearly and ticks evenly', () => {
    expect(linear(10, 100, 0)(5)).toBe(50);
    expect(ticks(10, 2)).toEqual([0, 5, 10]);
    expect([formatTick(2500), formatTick(0.25), formatTick(3)]).toEqual(['2.5k', '0.25', '3']);
  });
});
