import {
  emptyAggregate,
  type FittedReliability,
  greatCircleMiles,
  logistic,
  milesToKm,
  prepareScenario,
  prepareWorld,
  runCascade,
  runTrials,
  type StateId,
  summarize,
} from '@casus/core';
import { describe, expect, it } from 'vitest';
import { repositorySimContext } from './testing.ts';

const ctx = repositorySimContext();
const architectures = [...ctx.library.architectures.keys()];

describe('compiled cascade on the real library', () => {
  const scenarios = [...ctx.library.scenarios.values()];
  it.each(architectures)(
    'p = 1 reproduces the honoured cascade for every scenario (%s)',
    (architecture) => {
      for (const scenario of scenarios) {
        const world = prepareWorld(ctx.library, {
          architecture,
          date: scenario.date,
          assumptions: scenario.assumptions,
        });
        const honoured = runCascade(world, scenario.events, { mode: 'honoured' }).entries;
        const prep = prepareScenario(ctx.library, scenario, {
          architecture,
          params: ctx.params,
          inputs: ctx.inputs,
          probability: (_e, kind) => (kind === 'duty' || kind === 'permission' ? 1 : 0),
          affinity: false,
        });
        const a = runTrials(prep.sim, { trials: 10, seed: 1 });
        const entered = prep.states.filter((_, i) => a.enter[i] === 10);
        expect([scenario.id, entered.sort()]).toEqual([
          scenario.id,
          honoured.map((e) => e.state).sort(),
        ]);
        for (const e of honoured)
          expect([scenario.id, e.state, a.enterAttacker[prep.states.indexOf(e.state)]]).toEqual([
            scenario.id,
            e.state,
            e.side === 'attacker' ? 10 : 0,
          ]);
      }
    },
  );

  it.each(architectures)(
    'gives every state that can be at war in a battery scenario a capability figure, none counted as 0 (%s)',
    (architecture) => {
      for (const scenario of scenarios) {
        const prep = prepareScenario(ctx.library, scenario, {
          architecture,
          params: ctx.params,
          inputs: ctx.inputs,
        });
        expect([scenario.id, prep.missingCapability]).toEqual([scenario.id, []]);
      }
    },
  );

  it('p = 0 leaves only the round-0 states at war', () => {
    for (const scenario of scenarios) {
      const prep = prepareScenario(ctx.library, scenario, {
        params: ctx.params,
        inputs: ctx.inputs,
        probability: () => 0,
        affinity: false,
      });
      const a = runTrials(prep.sim, { trials: 10, seed: 1 });
      const entered = prep.states.filter((_, i) => a.enter[i]! > 0);
      expect(entered.sort()).toEqual(
        [...prep.states.filter((_, i) => prep.sim.cascade.initialSide[i]! >= 0)].sort(),
      );
    }
  });

  it('gives every fired duty of the Korean scenario a probability from the model', () => {
    const prep = prepareScenario(ctx.library, ctx.library.scenarios.get('korea-invasion-2025')!, {
      params: ctx.params,
      inputs: ctx.inputs,
    });
    const us = prep.edges.find(
      (e) => e.obligor === ('USA' as StateId) && e.beneficiary === ('KOR' as StateId),
    );
    expect(us?.terms?.p).toBe(us?.p);
    expect(us?.p).toBeGreaterThan(0.01);
    expect(prep.missingCapability).toEqual([]);
  });

  it('gives the US pledge to Japan over the Senkakus the fitted model’s features and logistic(x·β)', () => {
    const m = ctx.params as FittedReliability;
    expect(m.form).toBe('logistic-fitted');
    const prep = prepareScenario(ctx.library, ctx.library.scenarios.get('senkaku-landing')!, {
      params: ctx.params,
      inputs: ctx.inputs,
    });
    const edge = prep.edges.find(
      (e) => e.obligor === ('USA' as StateId) && e.beneficiary === ('JPN' as StateId),
    )!;
    expect(edge.finding.citation.article).toBe('Article V');
    const t = edge.terms!;
    const washingtonTokyo =
      milesToKm(
        greatCircleMiles(
          ctx.inputs.capital('USA' as StateId)!,
          ctx.inputs.capital('JPN' as StateId)!,
        ),
      ) / 1000;
    expect(washingtonTokyo).toBeCloseTo(10.9, 1);
    const x: Record<string, number> = {
      intercept: 1,
      offense: 0,
      neutrality: 0,
      nonaggression: 0,
      postwar: 1,
      multilateral: 0,
      majorPower: 1,
      distance: washingtonTokyo,
      capability: Math.log(
        ctx.inputs.capability('USA' as StateId, 2024)! /
          ctx.inputs.capability('CHN' as StateId, 2024)!,
      ),
      // forces stationed and bases are ATOP's one "bases" item; the status-of-forces agreement adds none
      depth: 1,
    };
    for (const [name, value] of Object.entries(x))
      if (name !== 'intercept') expect([name, t[`x.${name}`]]).toEqual([name, value]);
    const eta = m.coefficients.reduce((sum, c) => sum + c.estimate * x[c.name]!, 0);
    expect(t.response).toBe(0); // Article V: constitutional processes, the reference
    expect(edge.p).toBeCloseTo(logistic(eta), 12);
    expect(edge.p).toBeLessThan(0.1);
  });

  it('lists one obligation per decision the trials take, for every scenario and architecture', () => {
    for (const architecture of architectures)
      for (const scenario of scenarios) {
        const prep = prepareScenario(ctx.library, scenario, {
          architecture,
          params: ctx.params,
          inputs: ctx.inputs,
        });
        const listed = summarize(prep, emptyAggregate(prep.states.length)).obligations;
        expect([scenario.id, architecture, listed.length]).toEqual([
          scenario.id,
          architecture,
          prep.sim.cascade.decisions,
        ]);
      }
  });
});
