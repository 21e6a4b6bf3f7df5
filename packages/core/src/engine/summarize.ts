/** The one-line summary of a finding, fired or not, in the words a policy analyst reads. */
import type { StateId } from '../model/ids.ts';
import { NameOf, nameOf, possessive, responsePhrase } from './describe.ts';
import type { Condition } from './finding.ts';
import type { Pair } from './world.ts';

const cite = (pair: Pair) => `${pair.agreement.shortName}, ${pair.article.article}`;

function firedSummary(pair: Pair, actor: StateId, victim: StateId): string {
  const [o, b, a] = [NameOf(pair.obligor), nameOf(pair.beneficiary), nameOf(actor)];
  const how = `(${cite(pair)}; ${responsePhrase[pair.clause.response]})`;
  switch (pair.obligation) {
    case 'must-defend':
      return `${o} must defend ${b} against ${a} ${how}`;
    case 'must-consult':
      return `${o} must consult with ${b} about the action of ${a} (${cite(pair)})`;
    case 'must-stay-neutral':
      return `${o} must stay neutral and give no aid to ${a} against ${b} (${cite(pair)})`;
    case 'must-not-attack':
      return `${possessive(actor)} attack breaches its pledge not to attack ${b} (${cite(pair)})`;
    case 'must-join-attack':
      return `${o} must join ${possessive(pair.beneficiary)} attack on ${nameOf(victim)} ${how}`;
    case 'may-use-force':
      return `${o} may use force to defend ${b} against ${a}, but need not ${how}`;
    default:
      return `${cite(pair)}, policy and no duty: ${pair.clause.summary}`;
  }
}

const wouldBe: Record<Pair['obligation'], string> = {
  'must-defend': 'duty to defend',
  'must-consult': 'duty to consult',
  'must-stay-neutral': 'duty of neutrality towards',
  'must-not-attack': 'pledge not to attack',
  'must-join-attack': 'duty to join the attack of',
  'may-use-force': 'permission to use force for',
  policy: 'policy towards',
  access: 'access for',
};

/**
 * @example summarize(pair, undefined, 'CHN', 'JPN')
 * // 'The United States must defend Japan against China (US–Japan Treaty, Article V; in accordance with its constitutional processes)'
 */
export function summarize(
  pair: Pair,
  failed: Condition | undefined,
  actor: StateId,
  victim: StateId,
): string {
  if (!failed) return firedSummary(pair, actor, victim);
  const subject = pair.obligation === 'must-not-attack' ? nameOf(actor) : nameOf(pair.obligor);
  const what = `${wouldBe[pair.obligation]} ${nameOf(pair.beneficiary)}`;
  if (failed.test === 'domestic-constraint' && pair.category === 'duty')
    return `${cite(pair)} gives ${subject} a ${what}, but it cannot be acted on: ${failed.reason}`;
  return `${cite(pair)} gives ${subject} no ${what} here: ${failed.reason}`;
}
