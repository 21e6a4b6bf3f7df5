import { describe, expect, it } from 'vitest';
import type { StateId } from '../model/ids.ts';
import { compileCascade } from './compiled-cascade.ts';
import { createRng, type Rng } from './rng.ts';
import { fakeFinding, fakeSource } from './testing/fake-source.ts';
import { createTrialState, runTrial } from './trial.ts';

const TWO_32 = 2 ** 32;

/** A generator whose next draw is `u`: xoshiro128**'s output depends on word 1 only, and inverts. */
function rngDrawing(u: number): Rng {
  const rng = createRng(1);
  const inverse9 = 0x38e38e39;
  const inverse5 = 0xcccccccd;
  const y = Math.imul(u, inverse9);
  rng.state[1] = Math.imul((y >>> 7) | (y << 25), inverse5);
  return rng;
}

/** One ally C of the attacked B, with probability p; or, with `volunteer`, a volunteer V of B. */
function cascadeWith(p: number, volunteer: boolean) {
  if (!volunteer)
    return compileCascade(fakeSource('A', 'B', [fakeFinding('C', 'B', 'A')], {}), {
      probability: () => p,
    });
  return compileCascade(fakeSource('A', 'B', [], {}), {
    probability: () => 1,
    affinity: (state, anchor) => (state === 'V' && anchor === 'B' ? p : 0),
    affinityCandidates: ['V' as StateId],
  });
}

/** Whether the ally (or volunteer) enters when the trial's one draw is u. */
function entersOn(p: number, u: number, volunteer: boolean): boolean {
  const c = cascadeWith(p, volunteer);
  const t = createTrialState(c);
  runTrial(c, rngDrawing(u), t);
  return t.side[c.states.indexOf((volunteer ? 'V' : 'C') as StateId)] === 1;
}

describe('a draw', () => {
  it('can make a generator draw any given number', () => {
    for (const u of [0, 1, 12345, 2 ** 31, TWO_32 - 1]) expect(rngDrawing(u).nextU32()).toBe(u);
  });

  // The trial compares the 32-bit draw with a precomputed integer limit; this holds it to
  // `next() < p` at the draws on either side of the limit, where an off-by-one would show.
  for (const volunteer of [false, true])
    it(`goes the way next() < p does at the edge of every limit (${volunteer ? 'volunteer' : 'obligation'})`, () => {
      const ps = [2 ** -32, 3 * 2 ** -32, 0.3, 0.5, 0.8313, 1 - 2 ** -32, 1 - 2 ** -34];
      for (const p of ps) {
        const edge = Math.ceil(p * TWO_32);
        for (const u of [0, edge - 2, edge - 1, edge, edge + 1, TWO_32 - 1])
          if (u >= 0 && u < TWO_32)
            expect(entersOn(p, u, volunteer), `p = ${p}, u = ${u}`).toBe(u / TWO_32 < p);
      }
    });

  // A volunteer has p > 0: the compiler leaves out states with no affinity.
  it('takes no draw at p = 0 and p = 1, so those leave the stream where it was', () => {
    const cases: [number, boolean][] = [
      [0, false],
      [1, false],
      [1, true],
    ];
    for (const [p, volunteer] of cases) {
      const c = cascadeWith(p, volunteer);
      const t = createTrialState(c);
      const rng = createRng(5);
      const before = rng.state.slice();
      runTrial(c, rng, t);
      expect([...rng.state], `p = ${p}`).toEqual([...before]);
      expect(t.side[c.states.indexOf((volunteer ? 'V' : 'C') as StateId)]).toBe(p === 1 ? 1 : -1);
    }
  });

  it('advances the stream as next() does, one step a draw', () => {
    const c = cascadeWith(0.5, false);
    const t = createTrialState(c);
    const rng = createRng(5);
    const twin = createRng(5);
    runTrial(c, rng, t);
    twin.nextU32();
    expect([...rng.state]).toEqual([...twin.state]);
  });
});
