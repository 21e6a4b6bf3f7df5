import { describe, expect, it } from 'vitest';
import { allianceGraph, networkMeasures } from './alliance-network.ts';

// Two allied triangles joined by one tie (3–4), and a state allied with no one (7): every
// figure below is worked by hand from the definitions.
const bridge = {
  year: 1950,
  members: [1, 2, 3, 4, 5, 6, 7],
  ties: [
    [1, 2],
    [2, 3],
    [3, 1],
    [4, 5],
    [5, 6],
    [6, 4],
    [3, 4],
    [4, 3],
  ] as [number, number][],
};

describe('the alliance network of a year', () => {
  const m = networkMeasures(allianceGraph(bridge), 1950, 1);
  const node = (c: number) => m.nodes.find((n) => n.ccode === c)!;

  it('has one edge per allied pair, whichever order ATOP gives it', () => {
    expect(m.summary).toMatchObject({ nodes: 7, edges: 7, isolates: 1 });
    // 7 of the 21 possible pairs.
    expect(m.summary.density).toBeCloseTo(1 / 3, 12);
  });

  it('gives degree, normalised betweenness and local clustering as defined', () => {
    expect(m.nodes.map((n) => n.degree)).toEqual([2, 2, 3, 3, 2, 2, 0]);
    // 3 and 4 each lie on the 6 shortest paths between the triangles, of 15 pairs of the others.
    expect(node(3).betweenness).toBeCloseTo(6 / 15, 12);
    expect(node(1).betweenness).toBe(0);
    expect(node(3).clustering).toBeCloseTo(1 / 3, 12);
    expect(node(1).clustering).toBe(1);
    expect(node(7).clustering).toBe(0);
    expect(m.summary.meanClustering).toBeCloseTo((4 + 2 / 3) / 7, 12);
    // The bridge's ends are the most central; the isolate has none.
    expect(node(3).eigenvector!).toBeGreaterThan(node(1).eigenvector!);
  });

  it('finds the two triangles as communities, with their modularity, the isolate in none', () => {
    expect(m.summary.communities).toBe(2);
    // Q = Σ_c (L_c/m − (d_c/2m)²) = 2 × (3/7 − (7/14)²).
    expect(m.summary.modularity).toBeCloseTo(2 * (3 / 7 - 0.25), 12);
    expect(node(1).community).toBe(node(3).community);
    expect(node(4).community).not.toBe(node(3).community);
    expect(node(7).community).toBeUndefined();
    // Numbered by size, then by lowest member: {1, 2, 3} is community 0.
    expect(node(1).community).toBe(0);
  });

  it('keeps a region’s members and the ties among them', () => {
    const g = allianceGraph(
      {
        year: 1950,
        members: [2, 20, 200],
        ties: [
          [2, 20],
          [2, 200],
        ],
      },
      String,
      'western-hemisphere',
    );
    expect(g.order).toBe(2);
    expect(g.size).toBe(1);
  });

  it('answers a year without ties: no edge, no community, modularity 0', () => {
    const none = networkMeasures(
      allianceGraph({ year: 1816, members: [2, 200], ties: [] }),
      1816,
      1,
    );
    expect(none.summary).toMatchObject({ edges: 0, communities: 0, modularity: 0, isolates: 2 });
  });
});
