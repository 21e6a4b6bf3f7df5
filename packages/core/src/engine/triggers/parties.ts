/** Condition: the event involves the pair the right way round (the victim protected, or the pledge-giver attacking). */
import { NameOf, nameOf } from '../describe.ts';
import type { Condition } from '../finding.ts';
import type { Pair } from '../pair.ts';
import type { PrepareCheck } from './check.ts';

/**
 * Always passes for the pairs the engine asks: it indexes them by victim (whom the pair protects,
 * or whom its pledge-giver must not attack) or by actor (whose attack an offence pledge joins),
 * so the reason, which says who is who, depends on the pair alone.
 * @example checkParties(pair, p).reason // 'Japan, the state attacked, is a beneficiary of Article V'
 */
export const checkParties: PrepareCheck = (pair, p): Condition => {
  const article = pair.article.article;
  if (pair.obligation === 'must-not-attack')
    return {
      test: 'obligor',
      pass: true,
      reason: `${NameOf(pair.obligor)}, the attacker, is bound by ${article} not to attack ${nameOf(pair.beneficiary)}`,
    };
  return p.shared(pair, beneficiaryVerdict, pair.beneficiary);
};

function beneficiaryVerdict(pair: Pair): Condition {
  const role = pair.obligation === 'must-join-attack' ? 'the attacker' : 'the state attacked';
  return {
    test: 'beneficiary',
    pass: true,
    reason: `${NameOf(pair.beneficiary)}, ${role}, is a beneficiary of ${pair.article.article}`,
  };
}
