/** Condition: the clause protects what was hit (territory only, or also forces, vessels, aircraft). */
import { TargetKind } from '../../model/event.ts';
import { listWords, targetKindWords } from '../describe.ts';
import type { Condition } from '../finding.ts';
import type { Pair } from '../pair.ts';
import type { PrepareCheck, Step } from './check.ts';

const hit: Record<TargetKind, string> = {
  territory: 'territory',
  'armed-forces': 'armed forces',
  'public-vessel': 'a public vessel',
  aircraft: 'an aircraft',
};

/**
 * The verdict for every target kind is built once per clause; an event reads its own.
 * @example checkTargetKind(pair, p)(ev).reason // 'Article IV protects territory and public vessels; the target is a public vessel'
 */
export const checkTargetKind: PrepareCheck = (pair, p) =>
  pair.clause.trigger?.targets ? p.shared(pair, targetKindStep) : undefined;

function targetKindStep(pair: Pair): Step {
  const targets = pair.clause.trigger?.targets ?? [];
  const protects = `${pair.article.article} protects ${listWords(targets.map((t) => targetKindWords[t]))}; the target is `;
  const verdicts = Object.fromEntries(
    TargetKind.options.map((kind): [TargetKind, Condition] => [
      kind,
      { test: 'target-kind', pass: targets.includes(kind), reason: protects + hit[kind] },
    ]),
  ) as Record<TargetKind, Condition>;
  return (ev) => verdicts[ev.targetKind];
}
