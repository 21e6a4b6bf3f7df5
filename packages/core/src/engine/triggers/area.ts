/** Condition: the target lies in the clause's treaty area. */
import type { PrepareCheck } from './check.ts';

/**
 * Whether the place lies in the area was decided in prepareWorld for every named place (and is
 * decided per event for coordinates); the reason joins the clause's words to the event's.
 * @example checkArea(pair, p)(ev).reason
 * // 'Article V covers the territories under the administration of Japan; Guam is administered by the United States'
 */
export const checkArea: PrepareCheck = (pair, p) => {
  const trigger = pair.clause.trigger;
  if (!trigger) return undefined;
  return p.shared(pair.clause, 'area', () => {
    const article = pair.article.article;
    const area = trigger.area;
    if (!area)
      return {
        test: 'area',
        pass: true,
        reason: `${article} names no treaty area; it applies wherever the attack happens`,
      };
    const covers = `${article} covers ${p.library.areas.get(area)?.name ?? area}`;
    return (ev) =>
      ev.inside.has(area)
        ? { test: 'area', pass: true, reason: covers + ev.phrases.within }
        : { test: 'area', pass: false, reason: covers + ev.phrases.outside };
  });
};
