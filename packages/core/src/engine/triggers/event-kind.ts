/** Condition: the event is of a kind the clause answers (armed attack, threat, ...). */
import { eventKindWords, listWords } from '../describe.ts';
import { type Check, once } from './check.ts';

/**
 * @example checkEventKind(pair, ev).reason // 'Article V answers an armed attack; this is an incursion'
 */
export const checkEventKind: Check = (pair, ev) => {
  const kinds = pair.clause.trigger?.events;
  if (!kinds) return undefined;
  const kind = ev.event.kind;
  return once(pair, `event-kind:${kind}`, () => ({
    test: 'event-kind' as const,
    pass: kinds.includes(kind),
    reason: `${pair.article.article} answers ${listWords(
      kinds.map((k) => eventKindWords[k]),
      'or',
    )}; this is ${eventKindWords[kind]}`,
  }));
};
