/**
 * Axelrod & Bennett's (1993) landscape theory of aggregation: the energy of a bipartition, each
 * actor's frustration, and the exact global minimum and local minima by exhaustive search
 * (methods.md §5.1). Energy is the paper's ordered-pair sum (footnote 2), twice the Σ_{i<j} one.
 */

export interface Landscape {
  actors: readonly string[];
  /** s_i > 0, e.g. national capability. */
  sizes: readonly number[];
  /** p_ij = p_ji, positive to align, negative to oppose; the diagonal is ignored. */
  propensity: readonly (readonly number[])[];
}

/** A bipartition: bit i set puts actor i on side B. Actor 0 is always on side A. */
export type Sides = number;

const side = (sides: Sides, i: number): number => Math.floor(sides / 2 ** i) % 2;

/**
 * F_i(X) = Σ_{j≠i} s_j p_ij d_ij(X), for every actor.
 * @example frustrations(syria, globalMin)[6] * syria.sizes[6] // -38000 (ISIS)
 */
export function frustrations(l: Landscape, sides: Sides): number[] {
  return l.actors.map((_, i) => {
    let f = 0;
    for (let j = 0; j < l.actors.length; j++)
      if (j !== i && side(sides, i) !== side(sides, j)) f += l.sizes[j]! * l.propensity[i]![j]!;
    return f;
  });
}

/**
 * E(X) = Σ_i s_i F_i(X) over ordered pairs.
 * @example energy(syria, globalMin) // -83200
 */
export function energy(l: Landscape, sides: Sides): number {
  return frustrations(l, sides).reduce((e, f, i) => e + l.sizes[i]! * f, 0);
}

/** s_i s_j p_ij with p symmetrised as (p_ij + p_ji)/2 and a zero diagonal, row-major. */
function weights(l: Landscape): Float64Array {
  const n = l.actors.length;
  const w = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      if (i !== j)
        w[i * n + j] =
          (l.sizes[i]! * l.sizes[j]! * (l.propensity[i]![j]! + l.propensity[j]![i]!)) / 2;
  return w;
}

/** The minima a search keeps: the `keep` lowest-energy ones, ties broken by the smaller `sides`. */
export interface Minimum {
  sides: Sides;
  energy: number;
}

export interface SearchResult {
  /** Distinct bipartitions searched (2^(n−1) for a whole search). */
  configurations: number;
  best: Minimum;
  /** Every local minimum counted (no single actor's switch lowers E), ties included. */
  localMinima: number;
  /** The lowest-energy local minima, best first, at most `keep`. */
  lowest: Minimum[];
}

const before = (a: Minimum, b: Minimum) =>
  a.energy < b.energy || (a.energy === b.energy && a.sides < b.sides);

function insert(list: Minimum[], m: Minimum, keep: number) {
  if (list.length >= keep && !before(m, list[list.length - 1]!)) return;
  let at = list.length;
  while (at > 0 && before(m, list[at - 1]!)) at--;
  list.splice(at, 0, m);
  if (list.length > keep) list.pop();
}

/** Actor i's spin (+1 on side 0, −1 on side 1) in bit mask m. */
const spin = (m: number, i: number) => (((m >>> i) & 1) === 1 ? -1 : 1);

/** How many actors the inner table covers (2^INNER energies precomputed once). */
const INNER = 12;

/** The split of actors a search uses: actor 0 fixed, `inner` actors 1..inner, the rest outer. */
export function searchShape(n: number): { inner: number; outerMasks: number } {
  const inner = Math.min(INNER, Math.max(0, n - 1));
  return { inner, outerMasks: 2 ** (n - 1 - inner) };
}

/**
 * Searches the outer masks [from, to) (of searchShape(n).outerMasks) exhaustively. For each
 * outer configuration the energy is linear in the inner spins, so with the inner actors'
 * energies tabulated once each configuration costs O(1), plus a stability test that almost
 * always fails on its first or second actor. Results merge with mergeSearches.
 * @example searchLandscape(syria, 0, 1, 10).best.energy // -83200
 */
export function searchLandscape(l: Landscape, from: number, to: number, keep = 10): SearchResult {
  const n = l.actors.length;
  const w = weights(l);
  const { inner: k } = searchShape(n);
  const size = 2 ** k;
  const fixed = [0, ...Array.from({ length: n - 1 - k }, (_, o) => k + 1 + o)];
  let wsum = 0;
  for (const x of w) wsum += x;
  // Inner table: Q_in[m] = σᵀW_IIσ and each inner actor's field from the other inner actors.
  const qin = new Float64Array(size);
  const hin = new Float64Array(size * k);
  for (let m = 0; m < size; m++) {
    let q = 0;
    for (let a = 0; a < k; a++) {
      let h = 0;
      for (let b = 0; b < k; b++) h += w[(a + 1) * n + b + 1]! * spin(m, b);
      hin[m * k + a] = h;
      q += spin(m, a) * h;
    }
    qin[m] = q;
  }
  const eps = 1e-9 * (Math.abs(wsum) + 1);
  const b = new Float64Array(k);
  const lin = new Float64Array(size);
  const fixedSpin = new Float64Array(fixed.length);
  const fixedField = new Float64Array(fixed.length);
  const lowest: Minimum[] = [];
  let best: Minimum = { sides: 0, energy: Number.POSITIVE_INFINITY };
  let localMinima = 0;
  for (let u = from; u < to; u++) {
    // Plain loops and module-level helpers only: a closure made per call is a new call target
    // each time, which throws the optimised loop away on every range a worker is sent.
    for (let f = 0; f < fixed.length; f++) fixedSpin[f] = f === 0 ? 1 : spin(u, f - 1);
    let qf = 0;
    for (let f = 0; f < fixed.length; f++) {
      let h = 0;
      for (let g = 0; g < fixed.length; g++) h += w[fixed[f]! * n + fixed[g]!]! * fixedSpin[g]!;
      fixedField[f] = h;
      qf += fixedSpin[f]! * h;
    }
    let all = 0;
    for (let a = 0; a < k; a++) {
      let h = 0;
      for (let f = 0; f < fixed.length; f++) h += w[(a + 1) * n + fixed[f]!]! * fixedSpin[f]!;
      b[a] = h;
      all += h;
    }
    const base = (wsum - qf) / 2;
    const high = u * 2 ** (k + 1);
    lin[0] = all;
    for (let m = 0; m < size; m++) {
      if (m > 0) lin[m] = lin[m & (m - 1)]! - 2 * b[31 - Math.clz32(m & -m)]!;
      const e = base - qin[m]! / 2 - lin[m]!;
      if (e <= best.energy) {
        const cand = { sides: high + m * 2, energy: e };
        if (before(cand, best)) best = cand;
      }
      if (!innerStable(m, k, b, hin, eps)) continue;
      if (!fixedStable(m, k, n, w, fixed, fixedSpin, fixedField, eps)) continue;
      localMinima++;
      insert(lowest, { sides: high + m * 2, energy: e }, keep);
    }
  }
  return { configurations: (to - from) * size, best, localMinima, lowest };
}

/** No inner actor's switch lowers E: σ_i h_i ≥ 0, with h_i its field b_i + the inner part. */
function innerStable(m: number, k: number, b: Float64Array, hin: Float64Array, eps: number) {
  for (let a = 0; a < k; a++) {
    const h = b[a]! + hin[m * k + a]!;
    if (((m >>> a) & 1) === 1 ? h > eps : h < -eps) return false;
  }
  return true;
}

function fixedStable(
  m: number,
  k: number,
  n: number,
  w: Float64Array,
  fixed: readonly number[],
  fixedSpin: Float64Array,
  fixedField: Float64Array,
  eps: number,
) {
  for (let f = 0; f < fixed.length; f++) {
    let h = fixedField[f]!;
    for (let a = 0; a < k; a++) h += w[fixed[f]! * n + a + 1]! * (((m >>> a) & 1) === 1 ? -1 : 1);
    if (fixedSpin[f]! * h < -eps) return false;
  }
  return true;
}

/**
 * One result from the results of disjoint ranges, independent of their order.
 * @example mergeSearches([searchLandscape(l, 0, 2), searchLandscape(l, 2, 4)])
 */
export function mergeSearches(parts: readonly SearchResult[], keep = 10): SearchResult {
  const lowest: Minimum[] = [];
  let best: Minimum = { sides: 0, energy: Number.POSITIVE_INFINITY };
  for (const p of parts) {
    if (before(p.best, best)) best = p.best;
    for (const m of p.lowest) insert(lowest, m, keep);
  }
  return {
    configurations: parts.reduce((s, p) => s + p.configurations, 0),
    best,
    localMinima: parts.reduce((s, p) => s + p.localMinima, 0),
    lowest,
  };
}

/** The actors on side B of `sides`, by index. */
export const sideB = (l: Landscape, sides: Sides): string[] =>
  l.actors.filter((_, i) => side(sides, i) === 1);

/** Actors whose sides differ between two bipartitions, up to relabelling the sides. */
export function hamming(n: number, a: Sides, b: Sides): number {
  let d = 0;
  for (let i = 0; i < n; i++) if (side(a, i) !== side(b, i)) d++;
  return Math.min(d, n - d);
}
