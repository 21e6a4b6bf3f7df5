/** Condition: conditions the source records but does not state (ATOP's unnamed adversary or location). */
import { listWords } from '../describe.ts';
import type { PrepareCheck } from './check.ts';

/**
 * Passes or fails by the scenario's assumption, and says so: the data cannot tell.
 * @example checkUnstated(pair, p)?.reason
 * // 'assumed met: ATOP 5.1 coding (member-level) holds only against a particular adversary (…); the data does not say whether this is one'
 */
export const checkUnstated: PrepareCheck = (pair, p) => {
  const unstated = pair.clause.trigger?.unstated;
  if (!unstated) return undefined;
  const met = p.assumptions.unstatedConditions === 'met';
  return p.shared(pair.clause, 'unstated', () => ({
    test: 'unstated-condition',
    pass: met,
    reason: `assumed ${met ? 'met' : 'unmet'}: ${pair.article.article} holds ${listWords(unstated)}; the data does not say whether this event qualifies`,
  }));
};
