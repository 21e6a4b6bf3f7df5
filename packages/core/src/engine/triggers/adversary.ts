/** Condition: the attacker is one the clause (or an understanding narrowing it) is directed against. */
import type { Exception } from '../../model/agreement.ts';
import type { StateId } from '../../model/ids.ts';
import { firstSentence, listWords, NameOf, nameOf } from '../describe.ts';
import type { Condition } from '../finding.ts';
import type { Pair } from '../pair.ts';
import type { PrepareCheck, Step } from './check.ts';

function adversaryStep(pair: Pair, named: readonly StateId[] | undefined, only?: Exception): Step {
  const article = pair.article.article;
  const refusal = (why: string) => (actor: StateId) => ({
    test: 'adversary' as const,
    pass: false,
    reason: `${why}; the attacker is ${nameOf(actor)}`,
  });
  const against = only?.onlyAgainst;
  const notNamed =
    named && refusal(`${article} answers only an attack by ${listWords(named.map(nameOf), 'or')}`);
  const narrowed = only && refusal(`${firstSentence(only.summary)} (${only.kind} ${only.id})`);
  const answered = new Map<StateId, Condition>(
    (named ?? against ?? [])
      .filter((s) => (!named || named.includes(s)) && (!against || against.includes(s)))
      .map((s) => [
        s,
        { test: 'adversary', pass: true, reason: `${NameOf(s)} is an adversary ${article} names` },
      ]),
  );
  // An offence pledge is directed against the state attacked; every other pledge against the attacker.
  const joins = pair.obligation === 'must-join-attack';
  return (ev) => {
    const actor = joins ? ev.victim : ev.event.actor;
    if (notNamed && !named?.includes(actor)) return notNamed(actor);
    if (narrowed && !against?.includes(actor)) return narrowed(actor);
    return answered.get(actor)!;
  };
}

const namedStep = (pair: Pair): Step => adversaryStep(pair, pair.clause.trigger?.adversaries);

/**
 * Named adversaries (ATOP `defcoadv`) and understandings with `onlyAgainst` (the US reading of the
 * Manila Pact: communist aggression only) both narrow whom the clause answers. Those it answers
 * are a short list, so their verdicts are built in prepareWorld; a refusal names the attacker.
 * @example checkAdversary(pair, p)(ev).reason // 'Article IV answers only an attack by China; the attacker is Russia'
 */
export const checkAdversary: PrepareCheck = (pair, p) => {
  const named = pair.clause.trigger?.adversaries;
  const only =
    pair.exceptions.length === 0
      ? undefined
      : pair.exceptions.find((e) => e.onlyAgainst !== undefined && e.kind !== 'suspension');
  if (!named && !only) return undefined;
  // An understanding belongs to some pairs only; a clause's named adversaries to all of them.
  if (only) return adversaryStep(pair, named, only);
  return p.shared(pair, namedStep);
};
