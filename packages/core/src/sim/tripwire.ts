/**
 * The tripwire: forces the obligor keeps on the beneficiary's territory (library/bases) raise
 * the cost of staying out, so an edge whose obligor has them gets the reliability model's
 * `forces-stationed` depth term (hand-set) or ATOP's `bases` depth item (fitted), whether or not
 * its agreement records such an institution. docs/simulation.md, "The tripwire".
 */
import type { Base } from '../model/base.ts';
import type { LocatedFinding } from './compiled-cascade.ts';
import type { ReliabilityContext } from './reliability-context.ts';

/**
 * The bases where the edge's obligor keeps forces on its beneficiary's territory on the date
 * (empty without base data in the context).
 * @example tripwireBases(ctx, usArticleIII).map((b) => b.id) // ['camp-humphreys', 'kunsan-air-base', 'osan-air-base']
 */
export function tripwireBases(ctx: ReliabilityContext, edge: LocatedFinding): readonly Base[] {
  return ctx.stationed?.(edge.finding.obligor, edge.finding.beneficiary) ?? [];
}

/**
 * The tripwire as a printed term: the bases' names, for a reader to check; absent without one.
 * @example tripwireTerm([kadena]) // {tripwire: 'Kadena Air Base'}
 */
export const tripwireTerm = (bases: readonly Base[]): { tripwire?: string } =>
  bases.length > 0 ? { tripwire: bases.map((b) => b.name).join(', ') } : {};
