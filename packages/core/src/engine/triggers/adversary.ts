/** Condition: the attacker is one the clause (or an understanding narrowing it) is directed against. */
import { firstSentence, listWords, NameOf, nameOf } from '../describe.ts';
import type { Check } from './check.ts';

/**
 * Named adversaries (ATOP `defcoadv`) and understandings with `onlyAgainst` (the US reading of the
 * Manila Pact: communist aggression only) both narrow whom the clause answers.
 * @example checkAdversary(pair, ev).reason // 'Article IV answers only an attack by China; the attacker is Russia'
 */
export const checkAdversary: Check = (pair, ev) => {
  // An offence pledge is directed against the state attacked; every other pledge against the attacker.
  const actor = pair.obligation === 'must-join-attack' ? ev.victim : ev.event.actor;
  const named = pair.clause.trigger?.adversaries;
  const narrowing = pair.exceptions.find(
    (e) => e.onlyAgainst !== undefined && e.kind !== 'suspension',
  );
  if (!named && !narrowing) return undefined;
  const article = pair.article.article;
  if (named && !named.includes(actor))
    return {
      test: 'adversary',
      pass: false,
      reason: `${article} answers only an attack by ${listWords(named.map(nameOf), 'or')}; the attacker is ${nameOf(actor)}`,
    };
  if (narrowing?.onlyAgainst && !narrowing.onlyAgainst.includes(actor))
    return {
      test: 'adversary',
      pass: false,
      reason: `${firstSentence(narrowing.summary)} (${narrowing.kind} ${narrowing.id}); the attacker is ${nameOf(actor)}`,
    };
  return {
    test: 'adversary',
    pass: true,
    reason: `${NameOf(actor)} is an adversary ${article} names`,
  };
};
