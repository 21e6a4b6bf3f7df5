/** Condition: a clause that excludes provoked attacks (ATOP `defconpr`) does not answer one the beneficiary provoked. */
import { NameOf, nameOf } from '../describe.ts';
import type { Check } from './check.ts';

/**
 * @example checkProvocation(pair, ev)?.reason // 'the attack was provoked by Japan; Article 2 excludes provoked attacks'
 */
export const checkProvocation: Check = (pair, ev) => {
  if (!pair.clause.trigger?.unprovoked) return undefined;
  const article = pair.article.article;
  const by = ev.event.provokedBy;
  if (by !== undefined && by === pair.beneficiary)
    return {
      test: 'provocation',
      pass: false,
      reason: `the attack was provoked by ${nameOf(by)}; ${article} excludes provoked attacks`,
    };
  return {
    test: 'provocation',
    pass: true,
    reason: `${NameOf(pair.beneficiary)} did not provoke the attack (${article} excludes provoked attacks)`,
  };
};
