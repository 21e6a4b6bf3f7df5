/** Condition: a clause limited to a named conflict (ATOP `defcocon`) does not reach other events. */
import type { Condition } from '../finding.ts';
import type { Pair } from '../pair.ts';
import type { PrepareCheck } from './check.ts';

/**
 * Events carry no conflict name, so a clause limited to one never fires for them; the reason says so.
 * @example checkConflict(pair, p)?.reason // 'Article 2 is limited to the Korean War; this event is not part of it'
 */
export const checkConflict: PrepareCheck = (pair, p) =>
  pair.clause.trigger?.conflict === undefined ? undefined : p.shared(pair, conflictVerdict);

const conflictVerdict = (pair: Pair): Condition => ({
  test: 'conflict',
  pass: false,
  reason: `${pair.article.article} is limited to ${pair.clause.trigger?.conflict}; this event is not part of it`,
});
