import { describe, expect, it } from 'vitest';
import { addBlockMoments, modelInterval } from './block-moments.ts';
import { emptyAggregate, mergeAggregates } from './collector.ts';

/** Two blocks of 100 trials of one state, entering 40 and 60 times. */
function twoBlocks() {
  const blocks = [40, 60].map((entered) => {
    const a = emptyAggregate(1);
    a.trials = 100;
    a.enter[0] = entered;
    return addBlockMoments(a);
  });
  return blocks.reduce(mergeAggregates, emptyAggregate(1)).blockMoments!;
}

describe('modelInterval', () => {
  const mc = { value: 0.5, low: 0.45, high: 0.55 };

  it('subtracts the Monte Carlo variance: blocks no more spread than their noise add nothing', () => {
    const m = twoBlocks();
    // s² between the blocks is 0.02; their Monte Carlo variances are 0.4·0.6/99 each.
    expect(m[1]).toBeCloseTo(1, 12);
    expect(m[2]).toBeCloseTo(0.52, 12);
    expect(m[3]).toBeCloseTo((2 * 0.24) / 99, 12);
    const noise = Float64Array.from([2, 1, 0.52, 0.05]);
    expect(modelInterval(mc, noise, 0)).toEqual(mc);
  });

  it('adds 1.96τ to each side in quadrature, τ² the spread left after the noise', () => {
    const m = twoBlocks();
    const tau = Math.sqrt(0.02 - 0.24 / 99);
    const r = modelInterval(mc, m, 0);
    expect(r.value).toBe(0.5);
    expect(r.low).toBeCloseTo(0.5 - Math.hypot(0.05, 1.96 * tau), 12);
    expect(r.high).toBeCloseTo(0.5 + Math.hypot(0.05, 1.96 * tau), 12);
  });

  it('gives the Monte Carlo interval for fewer than two blocks', () => {
    const a = emptyAggregate(1);
    a.trials = 100;
    a.enter[0] = 50;
    expect(modelInterval(mc, addBlockMoments(a).blockMoments!, 0)).toEqual(mc);
  });
});
