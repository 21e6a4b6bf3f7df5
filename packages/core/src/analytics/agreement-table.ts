/**
 * The joint distribution of two portfolios over a reference system, and the distance between two
 * positions on a scale: the (D_o, D_e) core of every similarity measure (methods.md §2).
 */

/** A scale of whole-number positions from `lowest` to `highest`; its range is Δ = highest − lowest. */
export interface Scale {
  lowest: number;
  highest: number;
}

/** Absolute |g − h| / Δ (Signorino & Ritter's original) or squared ((g − h) / Δ)² (Häge's FPSIM). */
export type Distance = 'absolute' | 'squared';

/**
 * Weighted counts of the dimensions where x = g and y = h, K × K row-major with K = Δ + 1:
 * rows are x's positions, columns y's, from the scale's lowest.
 */
export interface AgreementTable {
  scale: Scale;
  cells: Float64Array;
  /** Σ of the cells: N unweighted, Σ w_k weighted. */
  total: number;
  /** How many dimensions (states) went in, whatever their weights. */
  dimensions: number;
  weighted: boolean;
}

/**
 * Tabulates x against y over the dimensions `over` (default: all), each weighted by `weights[k]`
 * (default 1); positions outside the scale are an error of the caller's coding.
 * @example agreementTable([1, 0], [1, 1], { lowest: 0, highest: 1 }).cells // [0, 1, 0, 1]
 */
export function agreementTable(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  scale: Scale,
  weights?: ArrayLike<number>,
  over?: ArrayLike<number>,
): AgreementTable {
  const k = scale.highest - scale.lowest + 1;
  const cells = new Float64Array(k * k);
  const n = over ? over.length : x.length;
  let total = 0;
  for (let t = 0; t < n; t++) {
    const d = over ? over[t]! : t;
    const g = x[d]! - scale.lowest;
    const h = y[d]! - scale.lowest;
    if (g < 0 || g >= k || h < 0 || h >= k)
      throw new RangeError(`position ${x[d]} or ${y[d]} is off the scale`);
    const w = weights ? weights[d]! : 1;
    cells[g * k + h]! += w;
    total += w;
  }
  return { scale, cells, total, dimensions: n, weighted: weights !== undefined };
}

/**
 * An unweighted table from its counts given as rows (x's positions) of columns (y's), e.g. a
 * published table of shares scaled to whole numbers.
 * @example tableFromRows({ lowest: 0, highest: 1 }, [[3, 2], [2, 3]]).total // 10
 */
export function tableFromRows(scale: Scale, rows: readonly (readonly number[])[]): AgreementTable {
  const cells = Float64Array.from(rows.flat());
  const total = cells.reduce((a, b) => a + b, 0);
  return { scale, cells, total, dimensions: total, weighted: false };
}

/**
 * δ(g, h): the distance of two positions g and h steps apart, as a share of the range.
 * @example positionDistance(3, { lowest: 0, highest: 3 }, 'squared') // 1
 */
export function positionDistance(steps: number, scale: Scale, distance: Distance): number {
  const d = Math.abs(steps) / (scale.highest - scale.lowest);
  return distance === 'squared' ? d * d : d;
}

/**
 * D_o = Σ_gh o_gh δ(g, h), the observed disagreement as a share of the total weight.
 * @example observedDisagreement(tableFromRows({ lowest: 0, highest: 1 }, [[3, 2], [2, 3]]), 'absolute') // 0.4
 */
export function observedDisagreement(t: AgreementTable, distance: Distance): number {
  const k = t.scale.highest - t.scale.lowest + 1;
  let d = 0;
  for (let g = 0; g < k; g++)
    for (let h = 0; h < k; h++)
      if (g !== h) d += t.cells[g * k + h]! * positionDistance(g - h, t.scale, distance);
  return d / t.total;
}

/**
 * The row (x) and column (y) marginals as shares of the total weight.
 * @example marginals(tableFromRows({ lowest: 0, highest: 1 }, [[0, 2], [2, 6]])).rows // [0.2, 0.8]
 */
export function marginals(t: AgreementTable): { rows: number[]; columns: number[] } {
  const k = t.scale.highest - t.scale.lowest + 1;
  const rows = new Array<number>(k).fill(0);
  const columns = new Array<number>(k).fill(0);
  for (let g = 0; g < k; g++)
    for (let h = 0; h < k; h++) {
      rows[g]! += t.cells[g * k + h]! / t.total;
      columns[h]! += t.cells[g * k + h]! / t.total;
    }
  return { rows, columns };
}

/** A measure's value, or why it has none. */
export type Similarity = { value: number } | { value: undefined; reason: string };

/**
 * Why no measure can be taken over this table, if none can: fewer than 2 states, or no weight.
 * @example unmeasurable(agreementTable([3], [3], { lowest: 0, highest: 3 })) // 'the reference system has fewer than 2 states (1)'
 */
export function unmeasurable(t: AgreementTable): string | undefined {
  if (t.dimensions < 2) return `the reference system has fewer than 2 states (${t.dimensions})`;
  if (!(t.total > 0)) return 'the weights of the reference system sum to 0';
  return undefined;
}
