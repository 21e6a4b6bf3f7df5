/**
 * Signorino & Ritter's S (Signorino, Curtis S. & Jeffrey M. Ritter. 1999. "Tau-b or Not Tau-b:
 * Measuring the Similarity of Foreign Policy Positions." International Studies Quarterly 43(1):
 * 115–144), methods.md §1.1.
 */
import {
  type AgreementTable,
  type Distance,
  observedDisagreement,
  type Similarity,
  unmeasurable,
} from './agreement-table.ts';

/**
 * S = 1 − 2·d/d_max with d = Σ_k w_k δ(x_k, y_k) and d_max = Σ_k w_k (the actual sum of the
 * weights, never forced to 1: CINC shares sum to more than 1.07 in 1860, svmiller/fpsim). With
 * absolute distance this is S&R's original and EUGene's default; squared distance gives Häge's
 * S_sq, 1 − 2·Σ(x − y)²/(N·Δ²), which Casus also weights by w when the table is weighted (fpsim's
 * srs() ignores weights there; FPSIM ships weighted S for absolute distance only).
 * @example signorinoRitterS(agreementTable([3, 3, 2, 2], [2, 2, 3, 3], ATOP_VALUED, [0.5, 0.3, 0.1, 0.1])) // {value: 0.333…}
 */
export function signorinoRitterS(t: AgreementTable, distance: Distance = 'absolute'): Similarity {
  const reason = unmeasurable(t);
  if (reason) return { value: undefined, reason };
  return { value: 1 - 2 * observedDisagreement(t, distance) };
}
