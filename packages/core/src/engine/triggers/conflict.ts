/** Condition: a clause limited to a named conflict (ATOP `defcocon`) does not reach other events. */
import type { Check } from './check.ts';

/**
 * Events carry no conflict name, so a clause limited to one never fires for them; the reason says so.
 * @example checkConflict(pair, ev)?.reason // 'Article 2 is limited to the Korean War; this event is not part of it'
 */
export const checkConflict: Check = (pair) => {
  const conflict = pair.clause.trigger?.conflict;
  if (conflict === undefined) return undefined;
  return {
    test: 'conflict',
    pass: false,
    reason: `${pair.article.article} is limited to ${conflict}; this event is not part of it`,
  };
};
