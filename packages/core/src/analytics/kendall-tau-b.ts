/**
 * Kendall's τb between two alliance portfolios, the measure of alliance-portfolio similarity of
 * Bueno de Mesquita (1975, "Measuring Systemic Polarity", Journal of Conflict Resolution 19(2):
 * 187–216) after Kendall (1938/1945), which Signorino & Ritter (1999) argue against.
 */
import { type AgreementTable, type Similarity, unmeasurable } from './agreement-table.ts';

/**
 * τb = (C − D)/√((n0 − n1)(n0 − n2)) over pairs of dimensions: C concordant, D discordant,
 * n0 = n(n − 1)/2, n1 and n2 the pairs tied in x and in y. Counts dimensions, so the table must be
 * unweighted; with no variation in a portfolio τb has no value (S&R 1999's complaint).
 * @example kendallTauB(agreementTable([0, 1, 2, 3], [3, 2, 1, 0], ATOP_VALUED)) // {value: -1}
 */
export function kendallTauB(t: AgreementTable): Similarity {
  const reason = unmeasurable(t);
  if (reason) return { value: undefined, reason };
  if (t.weighted) return { value: undefined, reason: 'τb counts states: it takes no weights' };
  const k = t.scale.highest - t.scale.lowest + 1;
  const n = t.cells;
  let concordant = 0;
  let discordant = 0;
  const rows = new Array<number>(k).fill(0);
  const columns = new Array<number>(k).fill(0);
  for (let g = 0; g < k; g++)
    for (let h = 0; h < k; h++) {
      const here = n[g * k + h]!;
      rows[g]! += here;
      columns[h]! += here;
      if (here === 0) continue;
      for (let g2 = g + 1; g2 < k; g2++)
        for (let h2 = 0; h2 < k; h2++) {
          if (h2 > h) concordant += here * n[g2 * k + h2]!;
          else if (h2 < h) discordant += here * n[g2 * k + h2]!;
        }
    }
  const pairs = (c: number) => (c * (c - 1)) / 2;
  const n0 = pairs(t.total);
  const untiedX = n0 - rows.reduce((s, r) => s + pairs(r), 0);
  const untiedY = n0 - columns.reduce((s, c) => s + pairs(c), 0);
  if (untiedX === 0 || untiedY === 0)
    return {
      value: undefined,
      reason: 'a portfolio holds one position toward every state, so τb has no value',
    };
  return { value: (concordant - discordant) / Math.sqrt(untiedX * untiedY) };
}
