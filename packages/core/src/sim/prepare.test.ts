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

describe('decision overrides on a hand-made library', () => {
  // CCC and DDD each defend BBB, every commitment at 0.5 by the model; the user says CCC:BBB = 0.9.
  const lib = tinyLibrary([
    ['CCC', 'BBB'],
    ['DDD', 'BBB'],
  ]);
  const prep = (decisions: Record<string, number>) =>
    prepareScenario(lib, tinyScenario(), {
      params,
      inputs: tinyInputs,
      probability: () => 0.5,
      affinity: false,
      decisions,
    });
  const trials = (p: ReturnType<typeof prep>) => runTrials(p.sim, { trials: 20_000, seed: 4 });
  const at = (p: ReturnType<typeof prep>, a: ReturnType<typeof trials>, s: string) =>
    a.enter[p.states.indexOf(s as StateId)]!;

  it('replaces the p of exactly the decision named, and leaves every other edge and state as it was', () => {
    const model = prep({});
    const user = prep({ 'CCC:BBB': 0.9 });
    expect(user.states).toEqual(model.states);
    for (const [i, e] of user.edges.entries()) {
      const named = e.obligor === 'CCC' && e.beneficiary === 'BBB';
      expect(e.p).toBe(named ? 0.9 : model.edges[i]!.p);
      expect(e.override).toBe(named ? 'CCC:BBB' : undefined);
      if (named) expect(e.terms).toMatchObject({ source: 'override', model: 0.5, p: 0.9 });
    }
    expect(user.edges.some((e) => e.override)).toBe(true);
    const [a, b] = [trials(model), trials(user)];
    // The same seed draws the same numbers: DDD's seeded answer does not move at all.
    expect(at(user, b, 'DDD')).toBe(at(model, a, 'DDD'));
    const ccc = wilson(at(user, b, 'CCC'), b.trials);
    expect(ccc.low).toBeLessThanOrEqual(0.9);
    expect(ccc.high).toBeGreaterThanOrEqual(0.9);
    expect(user.overrides).toEqual([{ decision: 'CCC:BBB', p: 0.9, edges: 1 }]);
  });

  it('with an agreement named, replaces only that agreement’s decision', () => {
    expect(prep({ 'CCC:BBB@ccc-bbb': 0.2 }).edges.map((e) => e.p)).toEqual([0.2, 0.5]);
    expect(prep({ 'CCC:BBB@ddd-bbb': 0.2 }).edges.map((e) => e.p)).toEqual([0.5, 0.5]);
  });

  it('reports an override that names no decision of the scenario, with 0 edges', () => {
    const p = prep({ 'BBB:CCC': 0.3, 'DDD:BBB': 0 });
    expect(p.overrides).toEqual([
      { decision: 'BBB:CCC', p: 0.3, edges: 0 },
      { decision: 'DDD:BBB', p: 0, edges: 1 },
    ]);
    expect(at(p, trials(p), 'DDD')).toBe(0);
  });

  it('reads the scenario’s own assumptions.decisions when no option is given', () => {
    const s = tinyScenario();
    const scenario = { ...s, assumptions: { ...s.assumptions, decisions: { 'DDD:BBB': 1 } } };
    const p = prepareScenario(lib, scenario, {
      params,
      inputs: tinyInputs,
      probability: () => 0.5,
      affinity: false,
    });
    expect(p.edges.map((e) => e.p)).toEqual([0.5, 1]);
  });
});
