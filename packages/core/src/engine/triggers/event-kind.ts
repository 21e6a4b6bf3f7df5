/** Condition: the event is of a kind the clause answers (armed attack, threat, ...). */
import { eventKindWords, listWords } from '../describe.ts';
import { type Check, phrase } from './check.ts';

/**
 * @example checkEventKind(pair, ev).reason // 'Article V answers an armed attack; this is an incursion'
 */
export const checkEventKind: Check = (pair, ev) => {
  const kinds = pair.clause.trigger?.events;
  if (!kinds) return undefined;
  const answers = phrase(
    pair,
    'event-kind',
    () =>
      `${pair.article.article} answers ${listWords(
        kinds.map((k) => eventKindWords[k]),
        'or',
      )}`,
  );
  return {
    test: 'event-kind',
    pass: kinds.includes(ev.event.kind),
    reason: `${answers}; this is ${eventKindWords[ev.event.kind]}`,
  };
};
