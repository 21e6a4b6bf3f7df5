import { describe, expect, it } from 'vitest';
import type { StateId } from '../model/ids.ts';
import { compileCascade } from './compiled-cascade.ts';
import { wilson } from './intervals.ts';
import { runTrials, type SimScenario } from './monte-carlo.ts';
import { fakeFinding, fakeSource } from './testing/fake-source.ts';

/**
 * A attacks B; C and D are bound to defend B and honour with the probabilities given; V, with no
 * obligation, shares agreements with C and with D and pulls towards each with its own p.
 */
function partners(pC: number, pD: number, affinity: { C: number; D: number }): SimScenario {
  const source = fakeSource('A', 'B', [fakeFinding('C', 'B', 'A'), fakeFinding('D', 'B', 'A')], {});
  const honour: Record<string, number> = { C: pC, D: pD };
  const cascade = compileCascade(source, {
    probability: (e) => honour[e.finding.obligor]!,
    affinity: (s, anchor) =>
      s === 'V' && (anchor === 'C' || anchor === 'D') ? affinity[anchor as 'C' | 'D'] : 0,
    affinityCandidates: ['V' as StateId],
  });
  const n = cascade.states.length;
  return {
    cascade,
    capability: new Float64Array(n),
    major: new Uint8Array(n),
    nuclear: new Uint8Array(n),
    stream: 1,
  };
}

const pJoin = (s: SimScenario, trials: number) => {
  const a = runTrials(s, { trials, seed: 5 });
  return wilson(a.enter[s.cascade.states.indexOf('V' as StateId)]!, a.trials);
};

describe('affinity joins, partner by partner', () => {
  it('a state whose only partner at war gives p = 0.01 joins in about 1% of trials', () => {
    // D gives 0.5 but never goes to war: its pull must not count.
    const join = pJoin(partners(1, 0, { C: 0.01, D: 0.5 }), 100_000);
    expect(join.low).toBeLessThanOrEqual(0.01);
    expect(join.high).toBeGreaterThanOrEqual(0.01);
  });

  it('two partners at war combine as 1 − Π(1 − p): 0.2 and 0.3 give 0.44', () => {
    const join = pJoin(partners(1, 1, { C: 0.2, D: 0.3 }), 100_000);
    expect(join.low).toBeLessThanOrEqual(0.44);
    expect(join.high).toBeGreaterThanOrEqual(0.44);
  });

  it('each partner pulls only in the trials it is at war: C always, D half the time', () => {
    // 1 − 0.8 · (0.5 + 0.5 · 0.7) = 0.32
    const join = pJoin(partners(1, 0.5, { C: 0.2, D: 0.3 }), 100_000);
    expect(join.low).toBeLessThanOrEqual(0.32);
    expect(join.high).toBeGreaterThanOrEqual(0.32);
  });
});
