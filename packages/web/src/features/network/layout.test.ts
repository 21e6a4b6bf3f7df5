import { describe, expect, it } from 'vitest';
import { layoutNetwork } from './layout.ts';

/** Two cliques of four (communities 0 and 1) joined by one tie, and an isolate. */
const nodes = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((ccode) => ({
  ccode,
  community: ccode === 9 ? undefined : ccode <= 4 ? 0 : 1,
}));
const clique = (ids: number[]) =>
  ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as [number, number]));
const ties = [...clique([1, 2, 3, 4]), ...clique([5, 6, 7, 8]), [4, 5] as [number, number]];

const distance = (p: { x: number; y: number }, q: { x: number; y: number }) =>
  Math.hypot(p.x - q.x, p.y - q.y);

describe('the network layout', () => {
  it('draws the same network the same way every time, inside the unit square, without the isolate', () => {
    const a = layoutNetwork(nodes, ties);
    const b = layoutNetwork([...nodes].reverse(), [...ties].reverse());
    expect([...a.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...b.entries()].sort((p, q) => p[0] - q[0])).toEqual(
      [...a.entries()].sort((p, q) => p[0] - q[0]),
    );
    for (const p of a.values()) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(1);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(1);
    }
  });

  it('pulls allies together: within a clique closer than across the two', () => {
    const at = layoutNetwork(nodes, ties);
    const p = (c: number) => at.get(c)!;
    expect(distance(p(1), p(2))).toBeLessThan(distance(p(1), p(8)));
    expect(distance(p(6), p(7))).toBeLessThan(distance(p(2), p(7)));
  });

  it('has nothing to place when there is no tie', () => {
    expect(layoutNetwork(nodes, []).size).toBe(0);
  });
});
