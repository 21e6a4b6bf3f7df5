/** Condition: the clause protects what was hit (territory only, or also forces, vessels, aircraft). */
import { TargetKind } from '../../model/event.ts';
import { listWords, targetKindWords } from '../describe.ts';
import type { Pair } from '../pair.ts';
import { type PrepareCheck, type Table, tableOf } from './check.ts';

const hit: Record<TargetKind, string> = {
  territory: 'territory',
  'armed-forces': 'armed forces',
  'public-vessel': 'a public vessel',
  aircraft: 'an aircraft',
};

/**
 * The verdict for every target kind is built once per clause; an event reads its own.
 * @example checkTargetKind(pair, p).verdicts[2].reason // 'Article IV protects territory and public vessels; the target is a public vessel'
 */
export const checkTargetKind: PrepareCheck = (pair, p) =>
  pair.clause.trigger?.targets ? p.shared(pair, targetKindTable) : undefined;

function targetKindTable(pair: Pair): Table {
  const targets = pair.clause.trigger?.targets ?? [];
  const protects = `${pair.article.article} protects ${listWords(targets.map((t) => targetKindWords[t]))}; the target is `;
  return tableOf('target-kind', TargetKind.options, targets, protects, hit);
}
