/** Condition: a clause that excludes provoked attacks (ATOP `defconpr`) does not answer one the beneficiary provoked. */
import { NameOf, nameOf } from '../describe.ts';
import type { Condition } from '../finding.ts';
import type { Pair } from '../pair.ts';
import type { PrepareCheck, Step } from './check.ts';

/**
 * @example checkProvocation(pair, p)(ev).reason // 'the attack was provoked by Japan; Article 2 excludes provoked attacks'
 */
export const checkProvocation: PrepareCheck = (pair, p) =>
  pair.clause.trigger?.unprovoked ? p.shared(pair, provocationStep, pair.beneficiary) : undefined;

function provocationStep({ article: { article }, beneficiary }: Pair): Step {
  const provoked: Condition = {
    test: 'provocation',
    pass: false,
    reason: `the attack was provoked by ${nameOf(beneficiary)}; ${article} excludes provoked attacks`,
  };
  const unprovoked: Condition = {
    test: 'provocation',
    pass: true,
    reason: `${NameOf(beneficiary)} did not provoke the attack (${article} excludes provoked attacks)`,
  };
  return (ev) => (ev.event.provokedBy === beneficiary ? provoked : unprovoked);
}
