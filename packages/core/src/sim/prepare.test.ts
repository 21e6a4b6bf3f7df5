import { describe, expect, it } from 'vitest';
import { runCascade } from '../engine/cascade.ts';
import { prepareWorld } from '../engine/world.ts';
import type { StateId } from '../model/ids.ts';
import { wilson } from './intervals.ts';
import { runTrials } from './monte-carlo.ts';
import { prepareScenario } from './prepare.ts';
import type { ReliabilityParams } from './reliability-params.ts';
import { tinyInputs, tinyLibrary, tinyScenario } from './testing/tiny-library.ts';

const params = {} as ReliabilityParams; // unused: every test overrides the probability
const prepare = (
  pacts: [string, string][],
  probability: (e: { finding: { obligor: string } }) => number,
  counterstrikeInvokes: 'yes' | 'no' = 'no',
) =>
  prepareScenario(tinyLibrary(pacts), tinyScenario(counterstrikeInvokes), {
    params,
    inputs: tinyInputs,
    probability,
    affinity: false,
  });
const p = (prep: ReturnType<typeof prepare>, trials: number, state: string) => {
  const a = runTrials(prep.sim, { trials, seed: 1 });
  return [a.enter[prep.states.indexOf(state as StateId)]!, a.trials] as const;
};

describe('prepared scenarios on a hand-made library (engine in the loop)', () => {
  it('p = 1: the one ally enters in every trial', () => {
    const prep = prepare([['CCC', 'BBB']], () => 1);
    expect(p(prep, 3000, 'CCC')).toEqual([3000, 3000]);
  });

  it('p = 0: nobody beyond round 0 enters', () => {
    const prep = prepare([['CCC', 'BBB']], () => 0);
    expect(p(prep, 3000, 'CCC')).toEqual([0, 3000]);
  });

  it('p = 1 gives exactly the entries of the honoured cascade', () => {
    const pacts: [string, string][] = [
      ['CCC', 'BBB'],
      ['DDD', 'AAA'],
      ['BBB', 'CCC'],
    ];
    const lib = tinyLibrary(pacts);
    const scenario = tinyScenario();
    const world = prepareWorld(lib, { architecture: 'test', date: scenario.date });
    const honoured = runCascade(world, scenario.events, { mode: 'honoured' }).entries;
    const prep = prepareScenario(lib, scenario, {
      params,
      inputs: tinyInputs,
      probability: () => 1,
      affinity: false,
    });
    const a = runTrials(prep.sim, { trials: 100, seed: 1 });
    const entered = prep.states.filter((_, i) => a.enter[i] === 100).sort();
    expect(entered).toEqual(honoured.map((e) => e.state).sort());
    for (const e of honoured) {
      const i = prep.states.indexOf(e.state);
      expect(a.enterAttacker[i]).toBe(e.side === 'attacker' ? 100 : 0);
    }
  });

  it('a chain multiplies: CCC defends BBB (0.6), its strike on AAA, read literally, brings in DDD (0.5)', () => {
    const prep = prepare(
      [
        ['CCC', 'BBB'],
        ['DDD', 'AAA'],
      ],
      (e) => (e.finding.obligor === 'CCC' ? 0.6 : 0.5),
      'yes',
    );
    const [k, n] = p(prep, 40_000, 'DDD');
    const ci = wilson(k, n);
    expect(ci.low).toBeLessThanOrEqual(0.3);
    expect(ci.high).toBeGreaterThanOrEqual(0.3);
  });

  it('measures capability at the place from each capital', () => {
    const prep = prepare([['CCC', 'BBB']], () => 1);
    expect(prep.place).toEqual([12, 10]);
    expect(prep.missingCapability).toEqual([]);
    expect(prep.sim.capability[prep.states.indexOf('CCC' as StateId)]).toBeGreaterThan(0);
  });
});
