/** Condition: a clause limited to a named conflict (ATOP `defcocon`) answers only events that are part of it. */
import type { Condition } from '../finding.ts';
import type { Pair } from '../pair.ts';
import type { PrepareCheck, Step } from './check.ts';

/**
 * Passes when the event names the clause's conflict (`event.conflict`), and fails otherwise: an
 * event that names no conflict is not part of one.
 * @example checkConflict(pair, p)(ev).reason // 'Article 2 is limited to the Korean War; this event is not part of it'
 */
export const checkConflict: PrepareCheck = (pair, p) =>
  pair.clause.trigger?.conflict === undefined ? undefined : p.shared(pair, conflictStep);

function conflictStep(pair: Pair): Step {
  const named = pair.clause.trigger?.conflict;
  const outside: Condition = {
    test: 'conflict',
    pass: false,
    reason: `${pair.article.article} is limited to ${named}; this event is not part of it`,
  };
  const within: Condition = {
    test: 'conflict',
    pass: true,
    reason: `${pair.article.article} is limited to ${named}, and this event is part of it`,
  };
  return (ev) => (ev.event.conflict === named ? within : outside);
}
