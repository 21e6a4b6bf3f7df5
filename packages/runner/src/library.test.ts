import {
  emptyAggregate,
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
    expect(us?.terms?.p).toBeGreaterThan(0.5);
    expect(prep.missingCapability).toEqual([]);
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
