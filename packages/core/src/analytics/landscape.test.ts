import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  energy,
  frustrations,
  type Landscape,
  mergeSearches,
  type SearchResult,
  searchLandscape,
  searchShape,
  sideB,
} from './landscape.ts';

// methods.md §5.2: alexanderfurnas/Landscape_Theory, "Work with Axelrod", Syria 2016 (1–5 scale, p = value − 3).
const names = ['US', 'Rus', 'Syr', 'Tur', 'S.A.', 'Iran', 'ISIS', 'Hez', 'IqKrd', 'Nursa', 'Iraq'];
const scale = [
  '02254211424',
  '20423313224',
  '24012414123',
  '52103223223',
  '43230113323',
  '23421025322',
  '11121202121',
  '13433520323',
  '42123313023',
  '22222222202',
  '44333213320',
];
const syria: Landscape = {
  actors: names,
  sizes: [10, 10, 50, 10, 10, 20, 100, 20, 40, 10, 50],
  propensity: scale.map((row, i) => [...row].map((c, j) => (i === j ? 0 : Number(c) - 3))),
};

const whole = (l: Landscape, keep = 10) =>
  searchLandscape(l, 0, searchShape(l.actors.length).outerMasks, keep);

describe('landscape: the Syria 2016 worked example (methods.md §5.2)', () => {
  const r = whole(syria);
  it('finds the published global minimum, E = −83,200, the only local minimum', () => {
    expect(sideB(syria, r.best.sides)).toEqual(['Tur', 'ISIS', 'Nursa']);
    expect(energy(syria, r.best.sides)).toBe(-83200);
    expect(r.configurations).toBe(1024);
    expect(r.localMinima).toBe(1);
    expect(r.lowest.map((m) => m.sides)).toEqual([r.best.sides]);
  });
  it('gives the published per-actor s_i·F_i', () => {
    const f = frustrations(syria, r.best.sides).map((x, i) => x * syria.sizes[i]!);
    expect(f).toEqual([
      -1900, -2200, -11500, -1500, -2100, -2400, -38000, -2200, -8800, -2100, -10500,
    ]);
  });
});

describe('landscape: energy and frustration by hand', () => {
  // A and B like each other (p = 2), C dislikes both (p = −1); sizes 1, 2, 3.
  const abc: Landscape = {
    actors: ['A', 'B', 'C'],
    sizes: [1, 2, 3],
    propensity: [
      [0, 2, -1],
      [2, 0, -1],
      [-1, -1, 0],
    ],
  };
  it('C alone: F_A = 3·(−1) = −3, F_B = −3, F_C = 1·(−1) + 2·(−1) = −3; E = −3 − 6 − 9 = −18', () => {
    expect(frustrations(abc, 0b100)).toEqual([-3, -3, -3]);
    expect(energy(abc, 0b100)).toBe(-18);
  });
  it('B alone: F_A = 2·2 = 4, F_B = 1·2 + 3·(−1) = −1, F_C = 2·(−1) = −2; E = 4 − 2 − 6 = −4', () => {
    expect(frustrations(abc, 0b010)).toEqual([4, -1, -2]);
    expect(energy(abc, 0b010)).toBe(-4);
  });
  it('all together has E = 0, and the search picks C alone as the one local minimum', () => {
    expect(energy(abc, 0)).toBe(0);
    const r = whole(abc);
    expect(r.best).toEqual({ sides: 0b100, energy: -18 });
    expect(r.localMinima).toBe(1);
  });
});

/** Every bipartition with actor 0 on side A, its energy computed directly; local minima by flipping each actor. */
function bruteForce(l: Landscape, keep: number): SearchResult {
  const n = l.actors.length;
  const all = Array.from({ length: 2 ** (n - 1) }, (_, m) => ({
    sides: m * 2,
    energy: energy(l, m * 2),
  }));
  const e = (s: number) => energy(l, s);
  const minima = all.filter((c) =>
    l.actors.every((_, i) => e(c.sides ^ (1 << i)) >= c.energy - 1e-9),
  );
  const order = (a: { energy: number; sides: number }, b: { energy: number; sides: number }) =>
    a.energy - b.energy || a.sides - b.sides;
  return {
    configurations: all.length,
    best: [...all].sort(order)[0]!,
    localMinima: minima.length,
    lowest: minima.sort(order).slice(0, keep),
  };
}

const instance = fc.integer({ min: 2, max: 12 }).chain((n) =>
  fc.record({
    actors: fc.constant(Array.from({ length: n }, (_, i) => `a${i}`)),
    sizes: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: n, maxLength: n }),
    propensity: fc
      .array(fc.integer({ min: -2, max: 2 }), { minLength: n * n, maxLength: n * n })
      .map((v) =>
        Array.from({ length: n }, (_, i) =>
          Array.from({ length: n }, (_, j) =>
            i === j ? 0 : v[Math.min(i, j) * n + Math.max(i, j)]!,
          ),
        ),
      ),
  }),
);

describe('landscape: the table search equals brute force', () => {
  it('on random integer instances of 2–12 actors, split into ranges and merged', () => {
    fc.assert(
      fc.property(instance, (l) => {
        const outer = searchShape(l.actors.length).outerMasks;
        const mid = Math.floor(outer / 2);
        const fast = mergeSearches(
          [searchLandscape(l, mid, outer, 5), searchLandscape(l, 0, mid, 5)],
          5,
        );
        const slow = bruteForce(l, 5);
        expect(fast.configurations).toBe(slow.configurations);
        expect(fast.best.sides).toBe(slow.best.sides);
        expect(energy(l, fast.best.sides)).toBe(slow.best.energy);
        expect(fast.localMinima).toBe(slow.localMinima);
        expect(fast.lowest.map((m) => m.sides)).toEqual(slow.lowest.map((m) => m.sides));
      }),
      { numRuns: 60 },
    );
  });
});
