import {
  type FittedReliability,
  prepareScenario,
  runTrials,
  type StateId,
  summarize,
} from '@casus/core';
import { describe, expect, it } from 'vitest';
import { repositorySimContext } from './testing.ts';

const ctx = repositorySimContext();
const fitted = ctx.params as FittedReliability;
const senkaku = ctx.library.scenarios.get('senkaku-landing')!;
const scaled = (factor: number): FittedReliability => ({
  ...fitted,
  covariance: fitted.covariance.map((row) => row.map((v) => v * factor)),
});

/** The Senkaku crisis under a fitted model: 32 blocks, and the US's P(at war) with both intervals. */
function run(params: FittedReliability, parameterDraws = true, seed = 3) {
  const p = prepareScenario(ctx.library, senkaku, { params, inputs: ctx.inputs, parameterDraws });
  const a = runTrials(p.sim, { trials: 32 * 4096, seed });
  const us = summarize(p, a).states.find((s) => s.state === ('USA' as StateId))!;
  return { p, a, us };
}

describe('parameter draws under the fitted model', () => {
  it('with a covariance of zeros draw nothing: the model interval is the Monte Carlo interval', () => {
    const zero = run(scaled(0));
    expect(zero.p.sim.draws).toBeUndefined();
    expect(zero.us.enterModel).toEqual(zero.us.enter);
    expect(zero.a.enter).toEqual(run(fitted, false).a.enter);
  });

  it('with the fit’s covariance give a wider model interval, and wider still with a larger one', () => {
    const width = (e: { low: number; high: number }) => e.high - e.low;
    const fit = run(fitted);
    const large = run(scaled(4));
    expect(width(fit.us.enterModel!)).toBeGreaterThan(2 * width(fit.us.enter));
    expect(width(large.us.enterModel!)).toBeGreaterThan(1.5 * width(fit.us.enterModel!));
    expect(fit.us.enterModel!.value).toBe(fit.us.enter.value);
  });

  it('are the same for a seed, whichever blocks a worker runs, and differ for another seed', () => {
    const a = run(fitted).a;
    const split = run(fitted).p.sim;
    const first = runTrials(split, { trials: 32 * 4096, seed: 3, blockRange: [0, 13] });
    const rest = runTrials(split, { trials: 32 * 4096, seed: 3, blockRange: [13, 32] });
    for (let i = 0; i < a.blockMoments!.length; i++)
      expect(first.blockMoments![i]! + rest.blockMoments![i]!).toBeCloseTo(a.blockMoments![i]!, 9);
    expect(run(fitted).a.blockMoments).toEqual(a.blockMoments);
    expect(run(fitted, true, 4).a.blockMoments).not.toEqual(a.blockMoments);
  });

  it('are off with --no-parameter-draws: no draws, no model interval', () => {
    const off = run(fitted, false);
    expect(off.p.sim.draws).toBeUndefined();
    expect(off.us.enterModel).toBeUndefined();
  });
});
