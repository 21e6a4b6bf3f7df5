import { describe, expect, it } from 'vitest';
import type { StateId } from '../model/ids.ts';
import { createTally, recordTrial, tallied } from './collector.ts';
import { compileCascade, edgeKindOf } from './compiled-cascade.ts';
import { wilson } from './intervals.ts';
import { runTrials, type SimScenario } from './monte-carlo.ts';
import { createRng } from './rng.ts';
import { fakeFinding, fakeSource } from './testing/fake-source.ts';
import { createTrialState, runTrial } from './trial.ts';

const constant = (p: number) => ({ probability: () => p });

function scenario(
  src: ReturnType<typeof fakeSource>,
  model: Parameters<typeof compileCascade>[1],
): SimScenario {
  const cascade = compileCascade(src, model);
  const n = cascade.states.length;
  return {
    cascade,
    capability: new Float64Array(n).fill(0.1),
    major: new Uint8Array(n),
    nuclear: new Uint8Array(n),
    stream: 0,
  };
}

const pEnter = (s: SimScenario, a: ReturnType<typeof runTrials>, state: string) =>
  a.enter[s.cascade.states.indexOf(state as StateId)]! / a.trials;

describe('compiled cascade on hand-made worlds', () => {
  const onePact = fakeSource('A', 'B', [fakeFinding('C', 'B', 'A')], {});

  it('p = 1: the ally always enters, on the defender side, in round 1', () => {
    const s = scenario(onePact, constant(1));
    const a = runTrials(s, { trials: 5000, seed: 1 });
    expect(pEnter(s, a, 'C')).toBe(1);
    expect(a.enterAttacker[s.cascade.states.indexOf('C' as StateId)]).toBe(0);
    expect(a.belligerentSum / a.trials).toBe(3);
  });

  it('p = 0: only the round-0 states are at war', () => {
    const s = scenario(onePact, constant(0));
    const a = runTrials(s, { trials: 5000, seed: 1 });
    expect(pEnter(s, a, 'C')).toBe(0);
    expect(pEnter(s, a, 'A')).toBe(1);
    expect(pEnter(s, a, 'B')).toBe(1);
  });

  it('a chain multiplies: P(Y enters) = p1 · p2 within the 95% interval', () => {
    // X attacks A; B defends A (p1); B's entry strikes X; Y defends X against B (p2).
    const chain = fakeSource('X', 'A', [fakeFinding('B', 'A', 'X')], {
      'B>X': [fakeFinding('Y', 'X', 'B')],
    });
    const p = (e: { finding: { obligor: string } }) => (e.finding.obligor === 'B' ? 0.6 : 0.5);
    const s = scenario(chain, { probability: p });
    const a = runTrials(s, { trials: 40_000, seed: 9 });
    const y = s.cascade.states.indexOf('Y' as StateId);
    const ci = wilson(a.enter[y]!, a.trials);
    expect(ci.low).toBeLessThanOrEqual(0.3);
    expect(ci.high).toBeGreaterThanOrEqual(0.3);
    expect(a.enterAttacker[y]).toBe(a.enter[y]); // Y joins the attacker's side
  });

  it('one ally bound by two treaties to the same state decides once, on the stronger (p = max, not 1 − Π(1 − p))', () => {
    const twoTreaties = fakeSource(
      'A',
      'B',
      [
        fakeFinding('C', 'B', 'A', { agreement: 'bilateral' }),
        fakeFinding('C', 'B', 'A', { agreement: 'old-pact' }),
      ],
      {},
    );
    const p = (e: { finding: { agreement: string } }) =>
      e.finding.agreement === 'bilateral' ? 0.5 : 0.4;
    const s = scenario(twoTreaties, { probability: p });
    const a = runTrials(s, { trials: 40_000, seed: 3 });
    const c = s.cascade.states.indexOf('C' as StateId);
    const ci = wilson(a.enter[c]!, a.trials);
    expect(ci.low).toBeLessThanOrEqual(0.5);
    expect(ci.high).toBeGreaterThanOrEqual(0.5);
  });

  it('decides each obligation once per trial, and the obligor enters once', () => {
    const twice = fakeSource(
      'X',
      'A',
      [fakeFinding('B', 'A', 'X'), fakeFinding('B', 'A', 'X')],
      {},
    );
    const s = scenario(twice, constant(0.5));
    expect(s.cascade.edges).toHaveLength(1);
  });

  it('is cycle-safe', () => {
    const cycle = fakeSource('X', 'A', [fakeFinding('B', 'A', 'X')], {
      'B>X': [fakeFinding('Y', 'X', 'B')],
      'Y>A': [fakeFinding('B', 'A', 'Y'), fakeFinding('X', 'A', 'Y')],
    });
    const s = scenario(cycle, constant(1));
    const a = runTrials(s, { trials: 10, seed: 1 });
    expect(a.belligerentSum).toBe(40);
  });

  it('counts entanglement only for states not hit in round 0', () => {
    const s = scenario(onePact, constant(1));
    const a = runTrials(s, { trials: 10, seed: 1 });
    const idx = (x: string) => s.cascade.states.indexOf(x as StateId);
    expect([a.entangled[idx('A')], a.entangled[idx('B')], a.entangled[idx('C')]]).toEqual([
      0, 0, 10,
    ]);
  });

  it('affinity joins: a state with no duty joins with its small probability, once per trial', () => {
    const model = {
      probability: () => 1,
      affinity: (state: StateId, anchor: StateId) => (state === 'D' && anchor === 'C' ? 0.2 : 0),
      affinityCandidates: ['D' as StateId],
    };
    const s = scenario(onePact, model);
    const a = runTrials(s, { trials: 40_000, seed: 3 });
    const ci = wilson(a.enter[s.cascade.states.indexOf('D' as StateId)]!, a.trials);
    expect(ci.low).toBeLessThanOrEqual(0.2);
    expect(ci.high).toBeGreaterThanOrEqual(0.2);
  });
});

describe('edge kinds', () => {
  it('an override is one decision: a duty held back by law and the same duty asked again later share one draw', () => {
    // A attacks B; C's law holds it back (constrained), D defends B; D's strike on A asks C again
    // under a second treaty. Without the override C gets two draws, 1 − 0.4² = 0.84; with it, one.
    const src = fakeSource(
      'A',
      'B',
      [fakeFinding('C', 'B', 'A', { failedOn: 'domestic-constraint' }), fakeFinding('D', 'B', 'A')],
      { 'D>A': [fakeFinding('C', 'B', 'A', { agreement: 'c-b-2' })] },
    );
    const p = (e: { finding: { obligor: string } }) => (e.finding.obligor === 'D' ? 1 : 0.6);
    const override = (e: { finding: { obligor: string } }) =>
      e.finding.obligor === 'C' ? { decision: 'C:B', p: 0.6 } : undefined;
    const pC = (model: Parameters<typeof compileCascade>[1]) => {
      const s = scenario(src, model);
      const a = runTrials(s, { trials: 40_000, seed: 5 });
      return wilson(a.enter[s.cascade.states.indexOf('C' as StateId)]!, a.trials);
    };
    const apart = pC({ probability: p });
    expect(apart.low).toBeLessThanOrEqual(0.84);
    expect(apart.high).toBeGreaterThanOrEqual(0.84);
    const one = pC({ probability: p, override });
    expect(one.low).toBeLessThanOrEqual(0.6);
    expect(one.high).toBeGreaterThanOrEqual(0.6);
  });

  it('treats a clause that failed only on the domestic constraint as a constrained edge', () => {
    expect(edgeKindOf(fakeFinding('J', 'U', 'C', { failedOn: 'domestic-constraint' }))).toBe(
      'constrained',
    );
    expect(edgeKindOf(fakeFinding('J', 'U', 'C', { failedOn: 'area' }))).toBeUndefined();
    expect(edgeKindOf(fakeFinding('J', 'U', 'C', { obligation: 'must-consult' }))).toBeUndefined();
    expect(edgeKindOf(fakeFinding('J', 'U', 'C', { obligation: 'may-use-force' }))).toBe(
      'permission',
    );
  });
});

describe('measures', () => {
  it('records the capability ratio and widening', () => {
    const src = fakeSource('A', 'B', [fakeFinding('C', 'B', 'A')], {});
    const cascade = compileCascade(src, constant(1));
    const m = {
      capability: Float64Array.from([0.2, 0.1, 0.3]),
      major: Uint8Array.from([1, 0, 1]),
      nuclear: new Uint8Array(3),
    };
    const t = createTrialState(cascade);
    runTrial(cascade, createRng(1), t);
    const tally = createTally(cascade, m);
    recordTrial(tally, t);
    const a = tallied(tally);
    expect(a.ratioSum).toBeCloseTo(2, 12);
    expect(a.ratioAbove1).toBe(1);
    expect(a.widened).toBe(1); // C, a major power, joined A

    expect(a.majorsOpposed).toBe(1);
  });
});
