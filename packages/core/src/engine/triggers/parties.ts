/** Condition: the event involves the pair the right way round (the victim protected, or the pledge-giver attacking). */
import { NameOf, nameOf } from '../describe.ts';
import { type Check, once } from './check.ts';

/**
 * Always passes for the pairs the engine asks (it indexes them by victim or actor); the reason says who is who.
 * @example checkParties(pair, ev).reason // 'Japan, the state attacked, is protected by Article V'
 */
export const checkParties: Check = (pair, ev) => once(pair, 'parties', () => parties(pair, ev));

const parties: Check = (pair, ev) => {
  const article = pair.article.article;
  if (pair.obligation === 'must-not-attack')
    return {
      test: 'obligor',
      pass: true,
      reason: `${NameOf(pair.obligor)}, the attacker, is bound by ${article} not to attack ${nameOf(pair.beneficiary)}`,
    };
  if (pair.obligation === 'must-join-attack')
    return {
      test: 'beneficiary',
      pass: true,
      reason: `${NameOf(pair.beneficiary)}, the attacker, is a beneficiary of ${article}`,
    };
  return {
    test: 'beneficiary',
    pass: true,
    reason: `${NameOf(ev.victim)}, the state attacked, is a beneficiary of ${article}`,
  };
};
