import { describe, expect, it } from 'vitest';
import { createRng } from '../sim/rng.ts';
import { FitError } from './fit-checks.ts';
import { fitLogistic, type LogisticData, predictLogistic } from './logistic-fit.ts';
import { leaveOneGroupOut, timeSplit } from './out-of-sample.ts';

/** With no features the fit is the training cases' rate, so out-of-sample forecasts are hand-computable. */
const rates = (y: number[]): LogisticData => ({ names: [], x: y.map(() => []), y });

describe('leaveOneGroupOut', () => {
  it('forecasts each group from the other groups alone', () => {
    // War a: 2 of 3 honoured; war b: 1 of 2; war c: 1 of 4.
    const y = [1, 1, 0, 0, 1, 1, 0, 0, 0];
    const wars = ['a', 'a', 'a', 'b', 'b', 'c', 'c', 'c', 'c'];
    const p = leaveOneGroupOut(rates(y), wars);
    const expected = { a: 2 / 6, b: 3 / 7, c: 3 / 5 };
    expect([...p]).toEqual(wars.map((w) => expect.closeTo(expected[w as 'a' | 'b' | 'c'], 9)));
  });

  it('gives each case the forecast of a fit without its group', () => {
    const rng = createRng(21);
    const x = Array.from({ length: 120 }, () => [rng.next() * 4 - 2]);
    const y = x.map(([v]) => (rng.next() < 1 / (1 + Math.exp(-v!)) ? 1 : 0));
    const groups = x.map((_, i) => i % 4);
    const p = leaveOneGroupOut({ names: ['v'], x, y }, groups);
    const keep = groups.flatMap((g, i) => (g === 2 ? [] : [i]));
    const without2 = fitLogistic({
      names: ['v'],
      x: keep.map((i) => x[i]!),
      y: keep.map((i) => y[i]!),
    });
    expect(p[2]).toBeCloseTo(predictLogistic(without2, x[2]!), 12);
  });

  it('names the group whose absence leaves nothing to fit', () => {
    // Group 2 holds the only case with outcome 0.
    const run = () => leaveOneGroupOut(rates([1, 1, 0, 1, 1]), [1, 1, 2, 3, 3]);
    expect(run).toThrow(FitError);
    expect(run).toThrow(/without group 2: every one of the 4 cases has outcome 1/);
    expect(() => leaveOneGroupOut(rates([1, 0]), [1, 1])).toThrow(/at least two groups/);
    expect(() => leaveOneGroupOut(rates([1, 0]), [1])).toThrow(/1 group labels but 2 cases/);
  });
});

describe('timeSplit', () => {
  it('fits on one period and forecasts the cases of another, ends included', () => {
    const years = [1816, 1900, 1944, 1945, 1990, 2007, 2010];
    const y = [1, 1, 0, 0, 1, 0, 1];
    const split = timeSplit(rates(y), years, { from: 1816, to: 1944 }, { from: 1945, to: 2007 });
    expect(split.fit.n).toBe(3);
    expect(split.cases).toEqual([3, 4, 5]);
    expect([...split.p]).toEqual([2 / 3, 2 / 3, 2 / 3].map((v) => expect.closeTo(v, 9)));
  });

  it('refuses overlapping periods and says which fit failed', () => {
    const years = [1900, 1950];
    expect(() =>
      timeSplit(rates([1, 0]), years, { from: 1816, to: 1945 }, { from: 1945, to: 2007 }),
    ).toThrow(/overlap/);
    expect(() =>
      timeSplit(rates([1, 0]), years, { from: 1816, to: 1944 }, { from: 1945, to: 2007 }),
    ).toThrow(/without the cases outside 1816–1944: every one of the 1 cases/);
  });
});
