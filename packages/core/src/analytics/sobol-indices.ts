/**
 * Variance-based sensitivity (Sobol indices): the Saltelli design of N(k + 2) runs over independent
 * uniform inputs, and the first-order (Saltelli et al. 2010) and total (Jansen 1999) estimators.
 */
import type { Rng } from '../sim/rng.ts';

/** An input's range: it is drawn uniformly on [low, high]. */
export interface InputRange {
  low: number;
  high: number;
}

/**
 * The design's rows, each a value per input: A (n rows), B (n rows), then for each input i the
 * n rows of A with column i taken from B. A and B are pseudo-random from `rng` (no maintained
 * quasi-random library was found for the npm registry; a seeded stream keeps the design reproducible).
 * @example sobolDesign([{low: 0, high: 1}], 64, forkStream(1, 0)).length // 64 × 3
 */
export function sobolDesign(inputs: readonly InputRange[], n: number, rng: Rng): number[][] {
  const draw = () => inputs.map((r) => r.low + (r.high - r.low) * rng.next());
  const a = Array.from({ length: n }, draw);
  const b = Array.from({ length: n }, draw);
  const ab = inputs.flatMap((_, i) =>
    a.map((row, j) => row.map((x, c) => (c === i ? b[j]![c]! : x))),
  );
  return [...a, ...b, ...ab];
}

export interface SobolIndices {
  /** S_i: the share of the output's variance that input i explains alone. */
  first: number[];
  /** S_Ti: the share it explains with all its interactions. */
  total: number[];
  /** The output's variance over the A and B runs. */
  variance: number;
}

/**
 * The indices from the outputs of the design's rows, in `sobolDesign` order: S_i = mean(f_B·(f_ABi
 * − f_A)) / V (Saltelli et al. 2010, Comput. Phys. Commun. 181:259–270, Table 2 (b)) and S_Ti =
 * mean((f_A − f_ABi)²) / 2V (Jansen 1999, Comput. Phys. Commun. 117:35–43, as Table 2 (f) there).
 * @example sobolIndices(outputs, 64, 3).first // one per input
 */
export function sobolIndices(f: ArrayLike<number>, n: number, k: number): SobolIndices {
  if (f.length !== n * (k + 2))
    throw new RangeError(`expected ${n * (k + 2)} outputs (N(k + 2)), got ${f.length}`);
  let sum = 0;
  let sumSq = 0;
  for (let j = 0; j < 2 * n; j++) {
    sum += f[j]!;
    sumSq += f[j]! * f[j]!;
  }
  const mean = sum / (2 * n);
  const variance = sumSq / (2 * n) - mean * mean;
  // Centred outputs: the estimators' expectations do not change, but f_B·(f_ABi − f_A) no longer
  // carries the mean, which for a measure near 0.7 with a variance near 0.003 swamps the signal.
  const at = (block: number, j: number) => f[block * n + j]! - mean;
  const first: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < k; i++) {
    let vi = 0;
    let vt = 0;
    for (let j = 0; j < n; j++) {
      const fa = at(0, j);
      const fab = at(2 + i, j);
      vi += at(1, j) * (fab - fa);
      vt += (fa - fab) ** 2;
    }
    first.push(variance > 0 ? vi / n / variance : 0);
    total.push(variance > 0 ? vt / (2 * n) / variance : 0);
  }
  return { first, total, variance };
}
