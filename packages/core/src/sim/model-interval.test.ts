import { describe, expect, it } from 'vitest';
import { emptyAggregate, mergeAggregates } from './collector.ts';
import { wilson, Z95 } from './intervals.ts';
import { ANY, keepBlock, modelInterval, modelRow, PROBABILITY } from './model-interval.ts';

/** Blocks of 100 trials of one state, entering as many times as given, merged as a run merges them. */
function run(entered: number[]) {
  const blocks = entered.map((k) => {
    const a = emptyAggregate(1);
    a.trials = 100;
    a.enter[0] = k;
    return keepBlock(a);
  });
  return blocks.reduce(mergeAggregates, emptyAggregate(1));
}

const estimates = (e: number[]) => e.map((k) => wilson(k, 100));
const noise = (k: number) => {
  const e = wilson(k, 100);
  return ((e.high - e.low) / (2 * Z95)) ** 2;
};

describe('keepBlock', () => {
  it('keeps each block’s own counts, in block order, untouched by the merge that adds into the first', () => {
    const a = run([40, 60, 50]);
    expect(a.trials).toBe(300);
    expect(a.blocks!.map((b) => [b.trials, b.enter[0]])).toEqual([
      [100, 40],
      [100, 60],
      [100, 50],
    ]);
    expect(a.blocks!.every((b) => b.blocks === undefined)).toBe(true);
  });
});

describe('modelInterval', () => {
  const mc = { value: 0.5, low: 0.45, high: 0.55 };

  it('adds nothing when the blocks spread no more than their own noise', () => {
    expect(modelInterval(mc, estimates([50, 50, 51, 49]), PROBABILITY)).toEqual(mc);
  });

  it('adds 1.96τ to each side in quadrature, τ² the spread between blocks less their mean noise', () => {
    const tau = Math.sqrt(0.02 - (noise(40) + noise(60)) / 2);
    const r = modelInterval(mc, estimates([40, 60]), PROBABILITY);
    expect(r.value).toBe(0.5);
    expect(r.low).toBeCloseTo(0.5 - Math.hypot(0.05, Z95 * tau), 12);
    expect(r.high).toBeCloseTo(0.5 + Math.hypot(0.05, Z95 * tau), 12);
  });

  it('keeps a probability within [0, 1] and leaves a difference unbounded', () => {
    const near0 = { value: 0.02, low: 0.01, high: 0.03 };
    expect(modelInterval(near0, estimates([0, 10]), PROBABILITY).low).toBe(0);
    expect(modelInterval(near0, estimates([0, 10]), ANY).low).toBeLessThan(0);
  });

  it('gives the whole run’s interval for fewer than two blocks with an estimate', () => {
    expect(modelInterval(mc, estimates([50]), PROBABILITY)).toEqual(mc);
    const undefinedBlock = { value: Number.NaN, low: Number.NaN, high: Number.NaN };
    expect(modelInterval(mc, [wilson(10, 100), undefinedBlock], PROBABILITY)).toEqual(mc);
  });
});

describe('modelRow', () => {
  it('reads every field with its own bounds', () => {
    const whole = { p: wilson(50, 200), d: { value: 0, low: -0.01, high: 0.01 } };
    const blocks = [
      { p: wilson(40, 100), d: { value: -0.1, low: -0.11, high: -0.09 } },
      { p: wilson(60, 100), d: { value: 0.1, low: 0.09, high: 0.11 } },
    ];
    const r = modelRow(whole, blocks, { p: PROBABILITY, d: ANY });
    expect(r.p).toEqual(modelInterval(whole.p, [blocks[0]!.p, blocks[1]!.p], PROBABILITY));
    expect(r.d.low).toBeLessThan(-0.2);
  });
});
