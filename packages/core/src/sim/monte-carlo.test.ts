import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../test/library-files.ts';
import { realLibrary } from '../../test/real-library.ts';
import { presentDayInputs } from '../analytics/present-day.ts';
import type { StateId } from '../model/ids.ts';
import { compileCascade } from './compiled-cascade.ts';
import { runTrials, type SimScenario } from './monte-carlo.ts';
import { prepareScenario } from './prepare.ts';
import { parseReliabilityParams } from './reliability-params.ts';
import { streamKey } from './rng.ts';
import { fakeFinding, fakeSource } from './testing/fake-source.ts';
import { referenceTrials } from './testing/reference-trials.ts';

// A block and part of a second, so block seeding and merging are compared too.
const run = { trials: 5000, seed: 11 };

/**
 * A attacks B; C and D defend B (both in round 1, so their volunteers become eligible together);
 * C's strike on A brings in F on A's side, whose strike on B brings in G. Volunteers V1–V4 and V6 hang on
 * one or several of them, on one side or both; V4's probability is 1.
 */
function handMade(): SimScenario {
  const source = fakeSource('A', 'B', [fakeFinding('C', 'B', 'A'), fakeFinding('D', 'B', 'A')], {
    'C>A': [fakeFinding('F', 'A', 'C')],
    'F>B': [fakeFinding('G', 'B', 'F')],
  });
  const affinity: Record<string, number> = {
    'V1 C 1': 0.3,
    'V1 D 1': 0.3,
    'V2 D 1': 0.4,
    'V2 F 0': 0.2,
    'V3 C 1': 0.25,
    'V3 F 0': 0.5,
    'V4 B 1': 1,
    'V6 A 0': 0.35,
    'V6 G 1': 0.6,
  };
  const p: Record<string, number> = { C: 0.7, D: 0.6, F: 0.5, G: 0.5 };
  const cascade = compileCascade(source, {
    probability: (e) => p[e.finding.obligor]!,
    affinity: (s, anchor, enemy) => affinity[`${s} ${anchor} ${enemy === 'A' ? 1 : 0}`] ?? 0,
    affinityCandidates: ['V1', 'V2', 'V3', 'V4', 'V6'] as StateId[],
  });
  const n = cascade.states.length;
  return {
    cascade,
    capability: Float64Array.from({ length: n }, (_, i) => 0.01 + ((i * 7) % 5) / 13),
    major: Uint8Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : 0)),
    nuclear: Uint8Array.from({ length: n }, (_, i) => (i % 4 === 0 ? 1 : 0)),
    stream: streamKey('hand-made'),
  };
}

describe('the fast trials against a plain reading of the rules', () => {
  it('give the same aggregates, bit for bit, on a hand-made cascade with volunteers on several anchors', () => {
    const s = handMade();
    // One volunteer per partner and side: V1 twice (C and D), V2, V3 and V6 twice, V4 once.
    expect(s.cascade.volunteerState.length).toBe(9);
    expect(runTrials(s, run)).toEqual(referenceTrials(s, run));
  });

  it('give the same aggregates, bit for bit, on every scenario of the library, under two architectures', () => {
    const library = realLibrary();
    const file = join(repoRoot, 'library', 'models', 'reliability.yaml');
    const params = parseReliabilityParams(readFileSync(file, 'utf8'), file);
    if (!params.ok) throw new Error('library/models/reliability.yaml does not parse');
    const inputs = presentDayInputs();
    for (const architecture of ['status-quo', 'asian-nato-inclusive'])
      for (const scenario of library.scenarios.values()) {
        const s = prepareScenario(library, scenario, {
          architecture,
          params: params.value,
          inputs,
        });
        expect(runTrials(s.sim, run), `${scenario.id} under ${architecture}`).toEqual(
          referenceTrials(s.sim, run),
        );
      }
  }, 120_000);
});
