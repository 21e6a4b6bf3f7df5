/** Condition: the event is of a kind the clause answers (armed attack, threat, ...). */
import { EventKind } from '../../model/event.ts';
import { eventKindWords, listWords } from '../describe.ts';
import type { Pair } from '../pair.ts';
import { type PrepareCheck, type Table, tableOf } from './check.ts';

/**
 * The verdict for every event kind is built once per clause; an event reads its own.
 * @example checkEventKind(pair, p).verdicts[1].reason // 'Article V answers an armed attack; this is an incursion'
 */
export const checkEventKind: PrepareCheck = (pair, p) =>
  pair.clause.trigger?.events ? p.shared(pair, eventKindTable) : undefined;

function eventKindTable(pair: Pair): Table {
  const kinds = pair.clause.trigger?.events ?? [];
  const answers = `${pair.article.article} answers ${listWords(
    kinds.map((k) => eventKindWords[k]),
    'or',
  )}; this is `;
  return tableOf('event-kind', EventKind.options, kinds, answers, eventKindWords);
}
