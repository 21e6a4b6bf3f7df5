/** Condition: the event is of a kind the clause answers (armed attack, threat, ...). */
import { EventKind } from '../../model/event.ts';
import { eventKindWords, listWords } from '../describe.ts';
import type { Condition } from '../finding.ts';
import type { Pair } from '../pair.ts';
import type { PrepareCheck, Step } from './check.ts';

/**
 * The verdict for every event kind is built once per clause; an event reads its own.
 * @example checkEventKind(pair, p)(ev).reason // 'Article V answers an armed attack; this is an incursion'
 */
export const checkEventKind: PrepareCheck = (pair, p) =>
  pair.clause.trigger?.events ? p.shared(pair, eventKindStep) : undefined;

function eventKindStep(pair: Pair): Step {
  const kinds = pair.clause.trigger?.events ?? [];
  const answers = `${pair.article.article} answers ${listWords(
    kinds.map((k) => eventKindWords[k]),
    'or',
  )}; this is `;
  const verdicts = Object.fromEntries(
    EventKind.options.map((kind): [EventKind, Condition] => [
      kind,
      { test: 'event-kind', pass: kinds.includes(kind), reason: answers + eventKindWords[kind] },
    ]),
  ) as Record<EventKind, Condition>;
  return (ev) => verdicts[ev.event.kind];
}
