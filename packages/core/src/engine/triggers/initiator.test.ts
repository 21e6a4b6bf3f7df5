import { describe, expect, it } from 'vitest';
import { Agreement } from '../../model/agreement.ts';
import type { Event } from '../../model/event.ts';
import type { Library } from '../../model/library.ts';
import { type Assumptions, defaultAssumptions } from '../../model/scenario.ts';
import { prepareScenario } from '../../sim/prepare.ts';
import type { ReliabilityParams } from '../../sim/reliability-params.ts';
import { tinyInputs, tinyLibrary, tinyScenario } from '../../sim/testing/tiny-library.ts';
import { createAnswerCache } from '../answer-cache.ts';
import { runCascade } from '../cascade.ts';
import { findObligations } from '../find-obligations.ts';
import { prepareWorld } from '../world.ts';

// AAA opens the war on BBB. CCC is pledged to BBB, the state attacked; DDD to AAA, the initiator.
const pacts: [string, string][] = [
  ['CCC', 'BBB'],
  ['DDD', 'AAA'],
];

/** The tiny library, with DDD's pledge to AAA stating that its text reaches counter-strikes. */
function withReach(lib: Library): Library {
  const a = lib.agreements.get('ddd-aaa' as never)!;
  const article = a.articles[0]!;
  const reaching = Agreement.parse({
    ...a,
    articles: [
      {
        ...article,
        text: 'DDD shall assist AAA against any armed attack, whoever began the war.',
        textStatus: 'verbatim',
        clauses: article.clauses.map((c) => ({
          ...c,
          trigger: {
            ...c.trigger,
            reachesCounterstrikes: {
              article: 'Article 1',
              quote: 'whoever began the war',
              source: 'test',
            },
          },
        })),
      },
    ],
  });
  return { ...lib, agreements: new Map([...lib.agreements, [a.id, reaching]]) };
}

const worldOf = (lib: Library, assumptions: Partial<Assumptions> = {}) =>
  prepareWorld(lib, {
    architecture: 'test',
    date: tinyScenario().date,
    assumptions: { ...defaultAssumptions(), ...assumptions },
  });

const entrants = (lib: Library, assumptions: Partial<Assumptions> = {}) =>
  runCascade(worldOf(lib, assumptions), tinyScenario().events, { mode: 'honoured' })
    .entries.map((e) => e.state)
    .sort();

const pEnter = (lib: Library, counterstrikeInvokes: 'yes' | 'no', state: string) => {
  const prep = prepareScenario(lib, tinyScenario(counterstrikeInvokes), {
    params: {} as ReliabilityParams,
    inputs: tinyInputs,
    probability: () => 1,
    affinity: false,
  });
  return prep.edges.filter((e) => e.obligor === state).map((e) => e.p);
};

describe('the initiator rule: a counter-strike on the state that opened the war', () => {
  it('does not invoke the initiator’s defence pact by default, and says why', () => {
    const cascade = runCascade(worldOf(tinyLibrary(pacts)), tinyScenario().events, {
      mode: 'honoured',
    });
    expect(cascade.entries.map((e) => e.state).sort()).toEqual(['AAA', 'BBB', 'CCC']);
    const ddd = cascade.findings.find((f) => f.obligor === 'DDD')!;
    expect(ddd.fired).toBe(false);
    expect(ddd.failed?.test).toBe('initiator');
    expect(ddd.failed?.reason).toMatch(
      /counter-strike on AAA, whose side opened the war.*Leeds, Long & Mitchell 2000.*counterstrikeInvokes: no/,
    );
  });

  it('does invoke it with the literal reading (counterstrikeInvokes: yes)', () => {
    expect(entrants(tinyLibrary(pacts), { counterstrikeInvokes: 'yes' })).toEqual([
      'AAA',
      'BBB',
      'CCC',
      'DDD',
    ]);
  });

  it('does invoke it when the clause states that its text reaches counter-strikes', () => {
    const cascade = runCascade(worldOf(withReach(tinyLibrary(pacts))), tinyScenario().events, {
      mode: 'honoured',
    });
    expect(cascade.entries.map((e) => e.state)).toContain('DDD');
    const ddd = cascade.findings.find((f) => f.obligor === 'DDD')!;
    expect(ddd.trace.find((c) => c.test === 'initiator')?.reason).toMatch(
      /Article 1, "whoever began the war"/,
    );
  });

  it('leaves the pact of the state attacked, which did not open the war, firing under either reading', () => {
    for (const counterstrikeInvokes of ['yes', 'no'] as const) {
      const [ccc] = findObligations(
        worldOf(tinyLibrary(pacts), { counterstrikeInvokes }),
        tinyScenario().events[0]!,
      );
      expect(ccc).toMatchObject({ obligor: 'CCC', beneficiary: 'BBB', fired: true });
      expect(ccc!.trace.find((c) => c.test === 'initiator')?.pass).toBe(true);
    }
  });

  it('holds in the compiled cascade of the Monte Carlo as in the engine’s', () => {
    expect(pEnter(tinyLibrary(pacts), 'no', 'DDD')).toEqual([]);
    expect(pEnter(tinyLibrary(pacts), 'yes', 'DDD')).toEqual([1]);
    expect(pEnter(withReach(tinyLibrary(pacts)), 'no', 'DDD')).toEqual([1]);
    expect(pEnter(tinyLibrary(pacts), 'no', 'CCC')).toEqual([1]);
  });

  it('reads a scenario’s own strike back at the state that struck first as a counter-strike', () => {
    const strikeBack: Event = {
      actor: 'BBB' as never,
      kind: 'armed-attack',
      target: { place: 'AAA.main' as never },
      severity: 'high',
    };
    const world = worldOf(tinyLibrary(pacts));
    const cascade = runCascade(world, [...tinyScenario().events, strikeBack], { mode: 'honoured' });
    const onStrikeBack = cascade.findings.filter((f) => f.event === 1 && f.obligor === 'DDD');
    expect(onStrikeBack.map((f) => f.failed?.test)).toEqual(['initiator']);
    // Asked alone, with no war before it, the same strike is an attack on AAA.
    expect(findObligations(world, strikeBack)[0]).toMatchObject({ obligor: 'DDD', fired: true });
  });
});

describe('the answer cache', () => {
  it('keeps an attack and the same strike as a counter-strike apart', () => {
    const world = worldOf(tinyLibrary(pacts));
    const cache = createAnswerCache({ size: 8 });
    const onAaa: Event = {
      actor: 'CCC' as never,
      kind: 'armed-attack',
      target: { place: 'AAA.main' as never },
      severity: 'high',
    };
    expect(findObligations(world, onAaa, 0, cache)[0]?.fired).toBe(true);
    expect(findObligations(world, { ...onAaa, counterstrike: true }, 0, cache)[0]?.fired).toBe(
      false,
    );
  });
});
