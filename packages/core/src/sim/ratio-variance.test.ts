import { describe, expect, it } from 'vitest';
import type { StateId } from '../model/ids.ts';
import { compileCascade } from './compiled-cascade.ts';
import { type ComparedMeasure, pairMoments } from './measure-moments.ts';
import { runPairedBlock, type SimScenario } from './monte-carlo.ts';
import { pairedDifference, stratifiedProportion } from './ratio-variance.ts';
import { streamKey } from './rng.ts';
import { fakeFinding, fakeSource } from './testing/fake-source.ts';

/**
 * A attacks B; C is bound to defend B and honours with probability p; V may volunteer with C.
 * Capability A 1, B 0.6, C 0.6, V 0.3: the defending side outweighs A exactly when C is in; A and
 * C are nuclear-armed, so nuclear-armed states fight on both sides exactly when C is in too.
 */
function pact(p: number): SimScenario {
  const source = fakeSource('A', 'B', [fakeFinding('C', 'B', 'A')], {});
  const cascade = compileCascade(source, {
    probability: () => p,
    affinity: (s, anchor) => (s === 'V' && anchor === 'C' ? 0.3 : 0),
    affinityCandidates: ['V' as StateId],
  });
  const cap: Record<string, number> = { A: 1, B: 0.6, C: 0.6, V: 0.3 };
  return {
    cascade,
    capability: Float64Array.from(cascade.states, (s) => cap[s]!),
    major: new Uint8Array(cascade.states.length),
    nuclear: Uint8Array.from(cascade.states, (s) => (s === 'A' || s === 'C' ? 1 : 0)),
    stream: streamKey('pact'),
  };
}

const baseline = pact(0.5);
const stronger = pact(0.6);
const members = (s: SimScenario) =>
  Int32Array.from(['C', 'V'], (m) => s.cascade.states.indexOf(m as StateId));

/**
 * The true differences, stronger − baseline, with q = 0.3 V's chance once C is in:
 * P(C entangled), P(deterred) and P(nuclear-armed on both sides) +0.1; entangled states (C, then V) +0.1·(1 + q); the mean
 * deterrence ratio, (0.6 + 0.6·C + 0.3·V) / 1, +0.1·(0.6 + 0.3·q).
 */
const truth: Record<ComparedMeasure, number> = {
  deterred: 0.1,
  entangled: 0.13,
  belligerents: 0.13,
  widened: 0,
  nuclearOpposed: 0.1,
  deterrence: 0.069,
};

describe('the paired difference', () => {
  it('covers the known difference in about 95% of seeds, for a proportion, a mean and a ratio', () => {
    const seeds = 400;
    const covered: Record<string, number> = {};
    const widths: Record<string, number> = {};
    for (let seed = 1; seed <= seeds; seed++) {
      const [b, a] = runPairedBlock(
        [baseline, stronger],
        [members(baseline), members(stronger)],
        seed,
        0,
        1000,
      );
      for (const m of ['deterred', 'entangled', 'deterrence', 'nuclearOpposed'] as const) {
        const d = pairedDifference([pairMoments(a!, b!, m, 2)]);
        if (d.low <= truth[m] && truth[m] <= d.high) covered[m] = (covered[m] ?? 0) + 1;
        widths[m] = (widths[m] ?? 0) + (d.high - d.low) / seeds;
      }
      const c = pairedDifference([
        pairMoments(
          a!,
          b!,
          { member: 0, indexA: members(stronger)[0]!, indexB: members(baseline)[0]! },
          2,
        ),
      ]);
      if (c.low <= 0.1 && 0.1 <= c.high) covered.C = (covered.C ?? 0) + 1;
    }
    // 400 seeds: the share covered has a standard error of 1.1 points around 95%.
    for (const [m, k] of Object.entries(covered)) {
      expect([m, k / seeds]).toEqual([m, expect.any(Number)]);
      expect(k / seeds, m).toBeGreaterThan(0.92);
      expect(k / seeds, m).toBeLessThan(0.98);
    }
    expect(Object.keys(covered).sort()).toEqual([
      'C',
      'deterred',
      'deterrence',
      'entangled',
      'nuclearOpposed',
    ]);
    // Common random numbers: C's decision draws the same number in both, so the difference is
    // only the trials whose draw falls in [0.5, 0.6); independent runs would be about 2.3 times
    // as wide (√(0.25 + 0.24) / √0.09).
    expect(widths.deterred!).toBeLessThan(0.05);
  });

  it('is exactly 0 with no width when the two runs are the same model', () => {
    const [b, a] = runPairedBlock(
      [baseline, pact(0.5)],
      [members(baseline), members(baseline)],
      3,
      0,
      2000,
    );
    for (const m of ['deterred', 'entangled', 'deterrence', 'widened'] as const)
      expect(pairedDifference([pairMoments(a!, b!, m, 2)])).toEqual({ value: 0, low: 0, high: 0 });
  });
});

describe('a proportion over independent strata', () => {
  it('is the Wilson interval for one stratum, and narrower than pooled counts for unlike strata', () => {
    const stratum = (n: number, k: number) => ({ n, y: k, x: n, yy: k, xx: n, xy: k });
    expect(stratifiedProportion([stratum(100, 30)])).toMatchObject({ value: 0.3 });
    const one = stratifiedProportion([stratum(100, 30)]);
    expect(one.low).toBeCloseTo(0.219, 2);
    expect(one.high).toBeCloseTo(0.396, 2);
    const unlike = stratifiedProportion([stratum(1000, 100), stratum(1000, 900)]);
    expect(unlike.value).toBe(0.5);
    // Pooled counts would give Wilson(1000, 2000): about ±0.022.
    expect(unlike.high - unlike.low).toBeLessThan(0.03);
    expect(unlike.high - unlike.low).toBeGreaterThan(0.02);
  });
});
