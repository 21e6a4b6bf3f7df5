import { describe, expect, it } from 'vitest';
import { createTally, ratioBins, recordTrial, tallied } from './collector.ts';
import { compileCascade } from './compiled-cascade.ts';
import { logBin } from './intervals.ts';
import { createRng } from './rng.ts';
import { fakeFinding, fakeSource } from './testing/fake-source.ts';
import { createTrialState, runTrial } from './trial.ts';

describe('the tally', () => {
  const cascade = compileCascade(fakeSource('A', 'B', [fakeFinding('C', 'B', 'A')], {}), {
    probability: () => 1,
  });
  const t = createTrialState(cascade);
  runTrial(cascade, createRng(1), t);
  const inputs = {
    capability: Float64Array.from([0.2, 0.1, 0.3]),
    major: Uint8Array.from([1, 0, 1]),
    nuclear: Uint8Array.from([1, 0, 0]),
  };

  it('counts per state, as the aggregate lays them out', () => {
    const tally = createTally(cascade, inputs);
    recordTrial(tally, t);
    recordTrial(tally, t);
    const a = tallied(tally);
    expect([...a.enter]).toEqual([2, 2, 2]);
    expect([...a.enterAttacker]).toEqual([2, 0, 0]);
    expect([...a.entangled]).toEqual([0, 0, 2]);
    expect(a.entangledSum).toBe(2);
  });

  it('counts nuclear-armed states on both sides only when one is at war on each', () => {
    // A attacks B and C joins B: A alone nuclear-armed is one side; with C too it is both.
    expect(cascade.states).toEqual(['A', 'B', 'C']);
    const alone = createTally(cascade, inputs);
    recordTrial(alone, t);
    expect(tallied(alone).nuclearOpposed).toBe(0);
    const both = createTally(cascade, { ...inputs, nuclear: Uint8Array.from([1, 0, 1]) });
    recordTrial(both, t);
    recordTrial(both, t);
    expect(tallied(both).nuclearOpposed).toBe(2);
  });

  // The same coalition at war, with a different ratio: the memo of bins must not answer for it.
  it('bins each ratio by its own logarithm, whatever the memo holds for the coalition', () => {
    const tally = createTally(cascade, inputs);
    recordTrial(tally, t);
    tally.inputs[4 * 2] = 30; // C's capability, so the defenders' side is 301 times A's
    recordTrial(tally, t);
    const a = tallied(tally);
    expect(a.ratioHist[logBin(ratioBins, 2)]).toBe(1);
    expect(a.ratioHist[logBin(ratioBins, 301 / 2)]).toBe(1);
  });
});
