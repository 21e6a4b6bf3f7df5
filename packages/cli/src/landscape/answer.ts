/** What `casus landscape` answers (its --json) and the text for people, from one exact search. */
import {
  energy,
  frustrations,
  hamming,
  type Landscape,
  type SearchResult,
  type Sides,
  sideB,
} from '@casus/core';
import { table } from '../render/table.ts';

export interface Alignment {
  energy: number;
  sideA: string[];
  sideB: string[];
  /** Actors that would have to switch to reach the global minimum (sides may be relabelled). */
  distance: number;
}

export interface LandscapeAnswer {
  command: string;
  year?: number;
  actors: { actor: string; ccode?: number; size: number }[];
  inputs: { propensity: string; size: string };
  data: { dataset: string; version: string; file: string; sha256: string; pinned: boolean }[];
  energy: string;
  determinism: string;
  configurations: number;
  localMinima: number;
  globalMinimum: Alignment;
  /** The lowest local minima, lowest first (the global minimum first when it is one). */
  minima: Alignment[];
  /** Each actor at the global minimum: F_i and s_i·F_i (the Furnas code's "Frustration"). */
  frustration: {
    actor: string;
    side: 'A' | 'B';
    size: number;
    frustration: number;
    weighted: number;
  }[];
  assumptions: string[];
  workers: number;
  seconds: number;
}

export const ENERGY_WORDS =
  'E(X) = Σ_i Σ_{j≠i} s_i s_j p_ij d_ij(X) over ordered pairs, as Axelrod & Bennett (1993, footnote 2) write it: each cross-side pair counted twice (the Σ_{i<j} form gives half, with the same minima); p symmetrised';
export const DETERMINISM_WORDS =
  'exact: every bipartition is visited (actor 1 fixed on side A), no seed and no sampling; ties go to the lower bit pattern, so the answer is the same on any machine and any number of workers';

/**
 * A bipartition as the answer gives it. Its energy is the direct sum E = Σ_i s_i F_i over the
 * cross-side pairs, not the search's running sums, which only rank the bipartitions: those leave
 * a residue such as -1.1e-16 where E is 0 (every actor on one side), in --json and text alike.
 */
function alignment(l: Landscape, sides: Sides, best: Sides): Alignment {
  const b = new Set(sideB(l, sides));
  return {
    energy: energy(l, sides),
    sideA: l.actors.filter((a) => !b.has(a)),
    sideB: [...b],
    distance: hamming(l.actors.length, sides, best),
  };
}

/** The answer's search part, from a landscape and its search. */
export function describeSearch(l: Landscape, r: SearchResult) {
  const best = r.best.sides;
  const f = frustrations(l, best);
  const b = new Set(sideB(l, best));
  return {
    configurations: r.configurations,
    localMinima: r.localMinima,
    globalMinimum: alignment(l, best, best),
    minima: r.lowest.map((m) => alignment(l, m.sides, best)),
    frustration: l.actors.map((actor, i) => ({
      actor,
      side: (b.has(actor) ? 'B' : 'A') as 'A' | 'B',
      size: l.sizes[i]!,
      frustration: f[i]!,
      weighted: f[i]! * l.sizes[i]!,
    })),
  };
}

/** Six significant digits, thousands separated: -83,200; 0.0123457. */
export const figure = (x: number): string =>
  (Object.is(x, -0) ? 0 : x).toLocaleString('en-US', { maximumSignificantDigits: 6 });

/** The answer as people read it: inputs and assumptions, the global minimum, the minima, the frustrations. */
export function renderLandscape(a: LandscapeAnswer): string {
  const lines = [
    `landscape of ${a.actors.length} actors${a.year === undefined ? '' : ` in ${a.year}`} · ${a.configurations.toLocaleString('en-US')} bipartitions in ${a.seconds.toFixed(2)} s (${a.workers} worker${a.workers === 1 ? '' : 's'})`,
    `propensity: ${a.inputs.propensity}`,
    `size: ${a.inputs.size}`,
    ...(a.data.length > 0
      ? [
          `data: ${a.data.map((d) => `${d.dataset} ${d.version} (${d.file}${d.pinned ? ', pinned sha256' : ''})`).join(', ')}`,
        ]
      : []),
    `energy: ${a.energy}`,
    `search: ${a.determinism}`,
    ...a.assumptions.map((s) => `assumption: ${s}`),
    '',
    `GLOBAL MINIMUM  E = ${figure(a.globalMinimum.energy)}`,
    `  side A: ${a.globalMinimum.sideA.join(', ')}`,
    `  side B: ${a.globalMinimum.sideB.join(', ') || '(none: every actor on one side)'}`,
    '',
    `LOCAL MINIMA (${a.localMinima.toLocaleString('en-US')}; no actor lowers its frustration by switching; the lowest ${a.minima.length})`,
    table(
      ['rank', 'E', 'switches from global', 'side B'],
      a.minima.map((m, i) => [
        String(i + 1),
        figure(m.energy),
        String(m.distance),
        m.sideB.join(', '),
      ]),
    ),
    '',
    'FRUSTRATION AT THE GLOBAL MINIMUM (F_i = Σ_j s_j p_ij d_ij; s_i·F_i is the Furnas code’s "Frustration")',
    table(
      ['actor', 'side', 'size', 'F_i', 's_i·F_i'],
      a.frustration.map((f) => [
        f.actor,
        f.side,
        figure(f.size),
        figure(f.frustration),
        figure(f.weighted),
      ]),
    ),
  ];
  return lines.join('\n');
}
