/**
 * Portfolio similarity between two states of one year: the measure of a dyad's two valued
 * alliance portfolios over its reference system (DESIGN question 6; methods.md §1–2).
 */
import {
  type AgreementTable,
  agreementTable,
  type Distance,
  type Similarity,
} from './agreement-table.ts';
import { ATOP_VALUED, type Portfolios, portfolioOf } from './alliance-portfolio.ts';
import { cohenKappa, scottPi } from './chance-corrected.ts';
import { kendallTauB } from './kendall-tau-b.ts';
import { type ReferenceSystem, referenceMembers } from './reference-system.ts';
import { signorinoRitterS } from './signorino-ritter.ts';

export type SimilarityMeasure = 's' | 's-weighted' | 'kappa' | 'pi' | 'taub';
export const SIMILARITY_MEASURES: readonly SimilarityMeasure[] = [
  's',
  's-weighted',
  'kappa',
  'pi',
  'taub',
];

export const MEASURE_WORDS: Record<SimilarityMeasure, string> = {
  s: "Signorino & Ritter's S (1999), unweighted",
  's-weighted': "Signorino & Ritter's S (1999), each state weighted by its CINC share",
  kappa: "Cohen's κ (Häge 2011)",
  pi: "Scott's π (Häge 2011)",
  taub: "Kendall's τb (Bueno de Mesquita 1975); takes no distance",
};

export interface SimilarityOptions {
  measure: SimilarityMeasure;
  distance: Distance;
  reference: ReferenceSystem;
  /** For s-weighted: each member's weight (CINC), in the order of the portfolios' members. */
  weights?: ArrayLike<number>;
}

/**
 * The measure of an agreement table.
 * @example measureTable(table, 's', 'absolute') // {value: 0.2}
 */
export function measureTable(
  t: AgreementTable,
  measure: SimilarityMeasure,
  distance: Distance,
): Similarity {
  switch (measure) {
    case 's':
    case 's-weighted':
      return signorinoRitterS(t, distance);
    case 'kappa':
      return cohenKappa(t, distance);
    case 'pi':
      return scottPi(t, distance);
    case 'taub':
      return kendallTauB(t);
  }
}

/**
 * The similarity of members i and j (indices into p.members) over their reference system.
 * @example similarityOf(portfolios, 0, 1, { measure: 's', distance: 'absolute', reference: 'global' })
 */
export function similarityOf(
  p: Portfolios,
  i: number,
  j: number,
  options: SimilarityOptions,
  over: ArrayLike<number> | undefined = referenceMembers(
    p.members,
    p.members[i]!,
    p.members[j]!,
    options.reference,
  ),
): Similarity {
  const weighted = options.measure === 's-weighted';
  if (weighted && !options.weights)
    return { value: undefined, reason: 'weighted S needs each state’s CINC' };
  const t = agreementTable(
    portfolioOf(p, i),
    portfolioOf(p, j),
    ATOP_VALUED,
    weighted ? options.weights : undefined,
    over,
  );
  return measureTable(t, options.measure, options.distance);
}

/**
 * The similarity of states a and b (ccodes); no value when either is not a member of the year.
 * @example portfolioSimilarity(portfolios, 2, 200, { measure: 's', distance: 'absolute', reference: 'global' })
 */
export function portfolioSimilarity(
  p: Portfolios,
  a: number,
  b: number,
  options: SimilarityOptions,
): Similarity {
  const i = p.members.indexOf(a);
  const j = p.members.indexOf(b);
  const missing = [i < 0 ? a : undefined, j < 0 ? b : undefined].filter((c) => c !== undefined);
  if (missing.length > 0)
    return {
      value: undefined,
      reason: `${missing.join(' and ')} ${missing.length > 1 ? 'are not system members' : 'is not a system member'} that year`,
    };
  return similarityOf(p, i, j, options);
}
