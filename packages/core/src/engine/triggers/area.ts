/** Condition: the target lies in the clause's treaty area. */
import { nameOf } from '../describe.ts';
import { inArea } from '../in-area.ts';
import { type Check, once } from './check.ts';

/**
 * @example checkArea(pair, ev).reason
 * // 'Article V covers the territories under the administration of Japan; Guam is administered by the United States'
 */
export const checkArea: Check = (pair, ev) => {
  const trigger = pair.clause.trigger;
  if (!trigger) return undefined;
  const article = pair.article.article;
  if (!trigger.area)
    return {
      test: 'area',
      pass: true,
      reason: `${article} names no treaty area; it applies wherever the attack happens`,
    };
  const pass = inArea(trigger.area, ev.location, ev.world.library, ev.world.areaMemo);
  const covers = once(
    pair,
    'area',
    () => `${article} covers ${ev.world.library.areas.get(trigger.area!)?.name ?? trigger.area}`,
  );
  if (pass) return { test: 'area', pass, reason: `${covers}; ${ev.where} lies within it` };
  const { primary, administeredBy } = ev.location;
  if (!primary || !administeredBy)
    return { test: 'area', pass, reason: `${covers}; ${ev.where} lies outside it` };
  const admin = `${primary.name} is administered by ${nameOf(administeredBy)}`;
  const reason =
    primary.name === ev.where
      ? `${covers}; ${admin}`
      : `${covers}; ${ev.where} lies outside it (${admin})`;
  return { test: 'area', pass, reason };
};
