/** Why a logistic fit has no finite maximum-likelihood estimate: the checks, and the FitError they throw. */
import { CholeskyDecomposition, type Matrix } from 'ml-matrix';

export type FitErrorCode = 'no-variation' | 'collinear' | 'separation' | 'no-convergence';

/** Why a fit has no finite maximum-likelihood estimate, in words a modeller can act on. */
export class FitError extends Error {
  constructor(
    readonly code: FitErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FitError';
  }
}

/** A fitted probability this close to 0 or 1 means the estimates are running off to infinity. */
const SEPARATED = 1e-8;
/** A column whose part not explained by the earlier columns is this small (relative) is collinear. */
const COLLINEAR = 1e-10;

/**
 * Throws when a column is (up to rounding) a combination of those before it. Cholesky's pivot
 * for column j is the part of column j the earlier columns do not explain (a residual sum of
 * squares); relative to the column's own sum of squares it is 1 − R², so a tiny pivot names the
 * first such column.
 * @example checkCollinear(xtx, ['intercept', 'x1', 'x2']) // throws if x2 = a + b·x1
 */
export function checkCollinear(xtx: Matrix, names: readonly string[]): void {
  const l = new CholeskyDecomposition(xtx).lowerTriangularMatrix;
  for (let j = 0; j < names.length; j++) {
    const pivot = l.get(j, j) ** 2;
    if (!(pivot > COLLINEAR * xtx.get(j, j)))
      throw new FitError(
        'collinear',
        `feature "${names[j]}" is ${xtx.get(j, j) === 0 ? 'zero in every case' : 'a linear combination of those before it'} (${names.slice(0, j).join(', ')}): drop it or merge it`,
      );
  }
}

/**
 * Throws on separation (Albert & Anderson 1984, Biometrika 71(1):1–10): when a combination of
 * features splits the outcomes perfectly, or perfectly on one side, the likelihood keeps rising
 * as the estimates run off to infinity and no MLE exists. The symptom is fitted probabilities
 * pinned at 0 or 1; a 0/1 feature one of whose levels has a single outcome is named as the cause.
 * @example checkSeparation(X, y, fittedProbabilities, names) // throws if any is pinned
 */
export function checkSeparation(
  X: readonly Float64Array[],
  y: readonly number[],
  p: Float64Array,
  names: readonly string[],
): void {
  const pinned = p.filter((v) => v < SEPARATED || v > 1 - SEPARATED).length;
  if (pinned === 0) return;
  const culprits = names.flatMap((name, j) => (j > 0 ? separatingLevel(X, y, j, name) : []));
  throw new FitError(
    'separation',
    `the outcomes are separated: ${pinned} of ${X.length} fitted probabilities reach 0 or 1 and the estimates grow without bound${culprits.length ? ` (${culprits.join('; ')})` : ''}; drop or merge the feature, or pass a ridge penalty`,
  );
}

/** For a 0/1 column, "every case with <name> = v has outcome o" when one level has one outcome. */
function separatingLevel(
  X: readonly Float64Array[],
  y: readonly number[],
  j: number,
  name: string,
): string[] {
  const outcomes = [new Set<number>(), new Set<number>()];
  for (let i = 0; i < X.length; i++) {
    const v = X[i]![j]!;
    if (v !== 0 && v !== 1) return [];
    outcomes[v]!.add(y[i]!);
  }
  return [0, 1].flatMap((v) =>
    outcomes[v]!.size === 1
      ? [`every case with "${name}" = ${v} has outcome ${[...outcomes[v]!][0]}`]
      : [],
  );
}
