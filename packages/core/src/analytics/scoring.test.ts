import { describe, expect, it } from 'vitest';
import { brierScore, logLoss } from './scoring.ts';

describe('scores', () => {
  it('log-loss is the mean negative log of the probability given to what happened', () => {
    expect(logLoss([0.8, 0.3], [1, 0])).toBeCloseTo(-(Math.log(0.8) + Math.log(0.7)) / 2, 12);
    expect(logLoss([0.5, 0.5, 0.5], [1, 0, 1])).toBeCloseTo(Math.LN2, 12);
    expect(logLoss([0.9], [0])).toBeCloseTo(-Math.log(0.1), 12);
  });

  it('log-loss is 0 for certain forecasts that come true and Infinity for one that does not', () => {
    expect(logLoss([1, 0], [1, 0])).toBe(0);
    expect(logLoss([1, 0.5], [0, 1])).toBe(Number.POSITIVE_INFINITY);
  });

  it('the Brier score is the mean squared difference between forecast and outcome', () => {
    expect(brierScore([0.8, 0.3], [1, 0])).toBeCloseTo((0.04 + 0.09) / 2, 12);
    expect(brierScore([0.5, 0.5], [1, 0])).toBeCloseTo(0.25, 12);
    expect(brierScore([1, 0], [0, 1])).toBe(1);
  });

  it('the base rate scores its own Bernoulli entropy and variance', () => {
    // Forecasting the observed rate r for every case: log-loss −r ln r − (1 − r) ln(1 − r), Brier r(1 − r).
    const y = [1, 1, 1, 0];
    const p = y.map(() => 0.75);
    expect(logLoss(p, y)).toBeCloseTo(-(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25)), 12);
    expect(brierScore(p, y)).toBeCloseTo(0.75 * 0.25, 12);
  });

  it('rejects forecasts outside [0, 1], outcomes other than 0 and 1, and unequal lengths', () => {
    expect(() => logLoss([1.2], [1])).toThrow(/not in \[0, 1\]/);
    expect(() => brierScore([Number.NaN], [1])).toThrow(/not in \[0, 1\]/);
    expect(() => brierScore([0.5], [2])).toThrow(/expected 0 or 1/);
    expect(() => logLoss([0.5, 0.5], [1])).toThrow(/2 forecasts but 1/);
    expect(() => logLoss([], [])).toThrow(/no forecasts/);
  });
});
