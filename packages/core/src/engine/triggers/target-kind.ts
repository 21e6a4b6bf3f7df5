/** Condition: the clause protects what was hit (territory only, or also forces, vessels, aircraft). */
import type { TargetKind } from '../../model/event.ts';
import { listWords, targetKindWords } from '../describe.ts';
import { type Check, once } from './check.ts';

const hit: Record<TargetKind, string> = {
  territory: 'territory',
  'armed-forces': 'armed forces',
  'public-vessel': 'a public vessel',
  aircraft: 'an aircraft',
};

/**
 * @example checkTargetKind(pair, ev).reason // 'Article IV protects territory and public vessels; the target is a public vessel'
 */
export const checkTargetKind: Check = (pair, ev) => {
  const targets = pair.clause.trigger?.targets;
  if (!targets) return undefined;
  const kind: TargetKind = 'asset' in ev.event.target ? ev.event.target.asset : 'territory';
  return once(pair, `target-kind:${kind}`, () => ({
    test: 'target-kind' as const,
    pass: targets.includes(kind),
    reason: `${pair.article.article} protects ${listWords(targets.map((t) => targetKindWords[t]))}; the target is ${hit[kind]}`,
  }));
};
