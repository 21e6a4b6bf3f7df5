import {
  batteryModel,
  batteryRow,
  coefficientSampler,
  createRng,
  type FittedReliability,
  prepareScenario,
  runTrials,
  type StateId,
  summarize,
  Z95,
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
    const entered = (x: typeof a) => x.blocks!.map((b) => Array.from(b.enter));
    expect([...entered(first), ...entered(rest)]).toEqual(entered(a));
    expect(entered(run(fitted).a)).toEqual(entered(a));
    expect(entered(run(fitted, true, 4).a)).not.toEqual(entered(a));
  });

  it('are off with --no-parameter-draws: no draws, no model interval', () => {
    const off = run(fitted, false);
    expect(off.p.sim.draws).toBeUndefined();
    expect(off.us.enterModel).toBeUndefined();
  });
});

describe('the battery’s model interval', () => {
  const ids = ['korea-invasion-2025', 'senkaku-landing', 'second-thomas-shoal'];
  const scenarios = ids.map((id) => ctx.library.scenarios.get(id)!);
  const battery = (
    params: FittedReliability,
    parameterDraws: boolean,
    trials: number,
    seed: number,
  ) =>
    scenarios.map((s) => {
      const p = prepareScenario(ctx.library, s, { params, inputs: ctx.inputs, parameterDraws });
      const aggregate = runTrials(p.sim, { trials, seed });
      return { states: p.states, initialSide: p.sim.cascade.initialSide, aggregate };
    });
  const half = (e: { low: number; high: number }) => (e.high - e.low) / 2;

  it('is as wide as the spread of battery totals when one coefficient draw holds for every scenario', () => {
    // Reference: 40 worlds, each with one coefficient vector drawn from the fit and held fixed
    // for the whole battery; τ² is the spread of their totals less each total's Monte Carlo noise.
    const draw = coefficientSampler(fitted);
    const zeros = fitted.covariance.map((row) => row.map(() => 0));
    const totals = Array.from({ length: 40 }, (_, k) => {
      const beta = draw(createRng(1000 + k));
      const world: FittedReliability = {
        ...fitted,
        coefficients: fitted.coefficients.map((c, j) => ({ ...c, estimate: beta[j]! })),
        covariance: zeros,
      };
      return batteryRow('status-quo', battery(world, true, 4096, 5)).entangled;
    });
    const mean = totals.reduce((a, e) => a + e.value, 0) / totals.length;
    const spread = totals.reduce((a, e) => a + (e.value - mean) ** 2, 0) / (totals.length - 1);
    const noise = totals.reduce((a, e) => a + (half(e) / Z95) ** 2, 0) / totals.length;
    const reference = Math.sqrt(spread - noise);
    // Under draws: 40 blocks, each scenario's block b under the same draw.
    const runs = battery(fitted, true, 40 * 4096, 7);
    const row = batteryRow('status-quo', runs);
    const model = batteryModel(row, runs)!;
    const tau = Math.sqrt(half(model.entangled) ** 2 - half(row.entangled) ** 2) / Z95;
    // Each τ is estimated from 40 draws, to within about 11% (one standard error); scenarios
    // drawing coefficients of their own would average them out and give about 0.6 of it here.
    const ratio = tau / reference;
    expect(ratio, `τ ${tau.toFixed(4)} against ${reference.toFixed(4)}`).toBeGreaterThan(0.75);
    expect(ratio, `τ ${tau.toFixed(4)} against ${reference.toFixed(4)}`).toBeLessThan(1.33);
  }, 60_000);
});

describe('parameter draws and decision overrides', () => {
  it('never redraw an overridden edge: it keeps the stated p in every block', () => {
    // A strike on Guam: Japan's law holds it back (a constrained edge), the Philippines, Korea and Australia are fitted.
    const guam = ctx.library.scenarios.get('guam-strike')!;
    const p = prepareScenario(ctx.library, guam, {
      params: fitted,
      inputs: ctx.inputs,
      decisions: { 'PHL:USA': 0.35, 'JPN:USA': 0.5 },
    });
    const draws = p.sim.draws!;
    const named = p.edges.flatMap((e, i) => (e.override === 'PHL:USA' ? [i] : []));
    expect(named.length).toBeGreaterThan(0);
    // blockEdgeP keeps the base p of an edge not drawn.
    for (const e of named) {
      expect(draws.drawn[e]).toBe(0);
      expect(p.sim.cascade.edgeP[e]).toBe(0.35);
    }
    // The others are still drawn: the override takes out its own edges only.
    for (const [i, e] of p.edges.entries())
      expect(draws.drawn[i]).toBe(e.override || e.kind === 'constrained' ? 0 : 1);
    const japan = p.edges.filter((e) => e.override === 'JPN:USA');
    expect(japan.some((e) => e.kind === 'constrained')).toBe(true);
    expect(new Set(japan.map((e) => e.p))).toEqual(new Set([0.5]));
  });
});
