/** Condition: a clause limited to a named conflict (ATOP `defcocon`) does not reach other events. */
import type { PrepareCheck } from './check.ts';

/**
 * Events carry no conflict name, so a clause limited to one never fires for them; the reason says so.
 * @example checkConflict(pair, p)?.reason // 'Article 2 is limited to the Korean War; this event is not part of it'
 */
export const checkConflict: PrepareCheck = (pair, p) => {
  const conflict = pair.clause.trigger?.conflict;
  if (conflict === undefined) return undefined;
  return p.shared(pair.clause, 'conflict', () => ({
    test: 'conflict',
    pass: false,
    reason: `${pair.article.article} is limited to ${conflict}; this event is not part of it`,
  }));
};
