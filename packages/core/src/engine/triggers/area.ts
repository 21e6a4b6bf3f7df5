/** Condition: the target lies in the clause's treaty area. */
import type { Pair } from '../pair.ts';
import type { PrepareCheck, Preparing, Step } from './check.ts';

/**
 * Whether the place lies in the area was decided in prepareWorld for every named place (and is
 * decided per event for coordinates); the reason joins the clause's words (`covers`) to the
 * event's phrase, in program.ts.
 * @example checkArea(pair, p).covers // 'Article V covers the territories under the administration of Japan'
 */
export const checkArea: PrepareCheck = (pair, p) =>
  pair.clause.trigger ? p.shared(pair, areaStep) : undefined;

function areaStep(pair: Pair, p: Preparing): Step {
  const article = pair.article.article;
  const area = pair.clause.trigger?.area;
  if (!area)
    return {
      test: 'area',
      pass: true,
      reason: `${article} names no treaty area; it applies wherever the attack happens`,
    };
  return {
    at: p.areas.indexOf(area),
    covers: `${article} covers ${p.library.areas.get(area)?.name ?? area}`,
  };
}
