/**
 * Cohen's κ and Scott's π for foreign policy similarity (Häge, Frank M. 2011. "Choice or
 * Circumstance? Adjusting Measures of Foreign Policy Similarity for Chance Agreement." Political
 * Analysis 19(3): 287–305), methods.md §2: 1 − D_o/D_e, where D_e is the disagreement expected by
 * chance from each portfolio's own distribution (κ) or from the two pooled (π).
 */
import {
  type AgreementTable,
  type Distance,
  marginals,
  observedDisagreement,
  positionDistance,
  type Similarity,
  unmeasurable,
} from './agreement-table.ts';

/** D_e = Σ_gh p_g q_h δ(g, h) for the marginals p (x) and q (y). */
function chanceDisagreement(
  t: AgreementTable,
  p: readonly number[],
  q: readonly number[],
  distance: Distance,
): number {
  let d = 0;
  for (let g = 0; g < p.length; g++)
    for (let h = 0; h < q.length; h++)
      if (g !== h) d += p[g]! * q[h]! * positionDistance(g - h, t.scale, distance);
  return d;
}

/**
 * 1 − D_o/D_e, and 0 when D_e = 0 (both portfolios hold one position throughout), as Häge's
 * do-file sets it (methods.md §2.2).
 */
function corrected(t: AgreementTable, expected: number, distance: Distance): Similarity {
  const reason = unmeasurable(t);
  if (reason) return { value: undefined, reason };
  if (expected === 0) return { value: 0 };
  return { value: 1 - observedDisagreement(t, distance) / expected };
}

/**
 * Cohen's κ: chance from each portfolio's own marginals. With squared distance this is Häge's
 * interval κ, 1 − ssd/(ss1 + ss2 − (2/n)·s1·s2) (quadratic weights); absolute is linear weights.
 * @example cohenKappa(tableFromRows({ lowest: 0, highest: 1 }, [[0, 2], [2, 6]])) // {value: -0.25}
 */
export function cohenKappa(t: AgreementTable, distance: Distance = 'squared'): Similarity {
  const { rows, columns } = marginals(t);
  return corrected(t, chanceDisagreement(t, rows, columns, distance), distance);
}

/**
 * Scott's π: chance from the pooled marginals (r_g + c_g)/2. With squared distance this is
 * Häge's interval π, 1 − ssd/(ss1 + ss2 − (s1 + s2)²/(2n)).
 * @example scottPi(tableFromRows({ lowest: 0, highest: 1 }, [[0, 2], [2, 6]])) // {value: -0.25}
 */
export function scottPi(t: AgreementTable, distance: Distance = 'squared'): Similarity {
  const { rows, columns } = marginals(t);
  const pooled = rows.map((r, g) => (r + columns[g]!) / 2);
  return corrected(t, chanceDisagreement(t, pooled, pooled, distance), distance);
}
