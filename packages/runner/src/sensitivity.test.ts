import {
  FITTED_ASSUMPTION_NAMES,
  type FittedReliability,
  logistic,
  type StateId,
} from '@casus/core';
import { describe, expect, it } from 'vitest';
import { tinyInputs, tinyLibrary, tinyScenario } from '../../core/src/sim/testing/tiny-library.ts';
import type { SimContext } from './context.ts';
import { sensitivityOneAtATime, sensitivitySobol } from './sensitivity.ts';

// A fitted model with the intercept alone: CCC's only way in is its pact with BBB, whose one
// clause (constitutional processes) gives P(CCC enters) = logistic(β0 + response.constitutional).
const BETA0 = 0.4;
const SE = 0.3;
const model: FittedReliability = {
  version: 1,
  form: 'logistic-fitted',
  fit: { command: 'test', n: 10, events: 5, logLikelihood: -5, ridge: 0, data: [] },
  coefficients: [{ name: 'intercept', term: 'the constant', estimate: BETA0, se: SE, n: 10 }],
  covariance: [[SE * SE]],
  assumptions: Object.fromEntries(
    FITTED_ASSUMPTION_NAMES.map((n) => [
      n,
      {
        value: n.startsWith('affinity') ? 0.02 : n === 'domesticConstraint' ? 0.05 : 0,
        source: 'test',
      },
    ]),
  ),
  calibration: {
    binning: 'deciles',
    leaveOneWarOut: { n: 10, bins: [{ from: 0, to: 1, n: 10, predicted: 0.5, observed: 0.5 }] },
    timeSplit: null,
  },
};
const library = tinyLibrary([['CCC', 'BBB']]);
const ctx: SimContext = {
  library,
  libraryDir: '.',
  libraryHash: 'test',
  params: model,
  paramsFile: 'test.yaml',
  paramsHash: 'test',
  inputs: tinyInputs,
  capabilitySource: 'test',
};
const scope = { scenarios: [tinyScenario()], architectures: ['test'] };
const measure = { kind: 'p' as const, state: 'CCC' as StateId };
const options = { trials: 40_000, seed: 5, workers: 2, measure };

describe('sensitivity one at a time, on a world where P(enter) is known in closed form', () => {
  it('gives P(CCC enters) at β̂ ± 1.96·se of the intercept, and at ± 1 log-odds of the assumed response shift', async () => {
    const answer = await sensitivityOneAtATime(ctx, scope, options);
    const [rows] = answer.tornado.map((t) => t.rows);
    const row = (name: string) => rows!.find((r) => r.parameter === name)!;
    const mc = 0.01; // 4 standard errors of a proportion near 0.6 from 40,000 trials
    const intercept = row('intercept');
    expect(intercept.low).toBeCloseTo(BETA0 - 1.96 * SE, 12);
    expect(Math.abs(intercept.atLow.value - logistic(BETA0 - 1.96 * SE))).toBeLessThan(mc);
    expect(Math.abs(intercept.atHigh.value - logistic(BETA0 + 1.96 * SE))).toBeLessThan(mc);
    const shift = row('response.constitutional');
    expect(Math.abs(shift.atLow.value - logistic(BETA0 - 1))).toBeLessThan(mc);
    expect(Math.abs(shift.atHigh.value - logistic(BETA0 + 1))).toBeLessThan(mc);
    expect(Math.abs(answer.tornado[0]!.point.value - logistic(BETA0))).toBeLessThan(mc);
    // On common random numbers the swing's paired interval is narrower than the two ends' would
    // give if they were independent (var(x − y) = var x + var y − 2 cov).
    const exact = logistic(BETA0 + 1.96 * SE) - logistic(BETA0 - 1.96 * SE);
    expect(intercept.swing.low).toBeLessThan(exact);
    expect(intercept.swing.high).toBeGreaterThan(exact);
    const width = (e: { low: number; high: number }) => e.high - e.low;
    expect(width(intercept.swing)).toBeLessThan(
      0.8 * Math.hypot(width(intercept.atLow), width(intercept.atHigh)),
    );
  });

  it('sorts by swing: the ± 1 shift above the intercept’s ± 0.59, and parameters no edge reads exactly 0', async () => {
    const { tornado, cost, parameters } = await sensitivityOneAtATime(ctx, scope, {
      ...options,
      trials: 4096,
    });
    const rows = tornado[0]!.rows;
    expect(rows.slice(0, 2).map((r) => r.parameter)).toEqual([
      'response.constitutional',
      'intercept',
    ]);
    expect(
      rows.slice(2).every((r) => r.swing.value === 0 && r.atLow.value === r.atHigh.value),
    ).toBe(true);
    expect(cost).toEqual({
      runs: 1 + 2 * parameters.length,
      scenarioRuns: 1 + 2 * parameters.length,
      trials: (1 + 2 * parameters.length) * 4096,
    });
  });

  it('leaves out parameters that cannot move (a probability of 0), naming them', async () => {
    const zero = {
      ...model,
      assumptions: { ...model.assumptions, 'affinity.treaty': { value: 0, source: 'test' } },
    };
    const answer = await sensitivityOneAtATime({ ...ctx, params: zero }, scope, {
      ...options,
      trials: 100,
    });
    expect(answer.fixed).toEqual(['affinity.treaty']);
    expect(answer.parameters.map((p) => p.name)).not.toContain('affinity.treaty');
  });
});

describe('sensitivity to a decision override', () => {
  it('moves the stated probability ± 0.2 and P(CCC enters) with it exactly, the model no longer read', async () => {
    const scenario = tinyScenario();
    const decided = {
      ...scenario,
      assumptions: { ...scenario.assumptions, decisions: { 'CCC:BBB': 0.5 } },
    };
    const answer = await sensitivityOneAtATime(ctx, { ...scope, scenarios: [decided] }, options);
    const rows = answer.tornado[0]!.rows;
    expect(rows[0]).toMatchObject({ parameter: 'decide CCC:BBB', kind: 'override', point: 0.5 });
    expect(rows[0]!.low).toBeCloseTo(0.3, 12);
    expect(Math.abs(rows[0]!.atLow.value - 0.3)).toBeLessThan(0.01);
    expect(Math.abs(rows[0]!.atHigh.value - 0.7)).toBeLessThan(0.01);
    expect(rows.find((r) => r.parameter === 'intercept')!.swing.value).toBe(0);
  });
});

describe('sensitivity by Sobol indices', () => {
  it('puts the variance on the two parameters CCC’s edge reads, reproducibly under the seed, at a cost of N(k + 2) runs', async () => {
    const run = () => sensitivitySobol(ctx, scope, { ...options, trials: 2048 }, 64);
    const a = await run();
    const k = a.parameters.length;
    expect(a.cost.runs).toBe(64 * (k + 2));
    const byName = new Map(a.sobol[0]!.indices.map((i) => [i.parameter, i]));
    expect(
      a.sobol[0]!.indices.slice(0, 2)
        .map((i) => i.parameter)
        .sort(),
    ).toEqual(['intercept', 'response.constitutional']);
    // Nearly additive on the log-odds scale: the shift's range is wider (2 against 1.18), so it explains more.
    expect(byName.get('response.constitutional')!.first).toBeGreaterThan(
      byName.get('intercept')!.first,
    );
    expect(
      byName.get('response.constitutional')!.first + byName.get('intercept')!.first,
    ).toBeGreaterThan(0.8);
    expect(byName.get('affinity.treaty')!.total).toBe(0);
    expect(JSON.stringify((await run()).sobol)).toBe(JSON.stringify(a.sobol));
  });
});
