/** Condition: conditions the source records but does not state (ATOP's unnamed adversary or location). */
import { listWords } from '../describe.ts';
import type { Condition } from '../finding.ts';
import type { Pair } from '../pair.ts';
import type { PrepareCheck, Preparing } from './check.ts';

/**
 * Passes or fails by the scenario's assumption, and says so: the data cannot tell.
 * @example checkUnstated(pair, p)?.reason
 * // 'assumed met: ATOP 5.1 coding (member-level) holds only against a particular adversary (…); the data does not say whether this is one'
 */
export const checkUnstated: PrepareCheck = (pair, p) =>
  pair.clause.trigger?.unstated ? p.shared(pair, unstatedVerdict) : undefined;

function unstatedVerdict(pair: Pair, p: Preparing): Condition {
  const met = p.assumptions.unstatedConditions === 'met';
  return {
    test: 'unstated-condition',
    pass: met,
    reason: `assumed ${met ? 'met' : 'unmet'}: ${pair.article.article} holds ${listWords(pair.clause.trigger?.unstated ?? [])}; the data does not say whether this event qualifies`,
  };
}
