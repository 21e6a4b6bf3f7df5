/** The one-line summary of a finding, fired or not, in the words a policy analyst reads. */
import type { StateId } from '../model/ids.ts';
import { NameOf, nameOf, possessive, responsePhrase } from './describe.ts';
import type { Evaluation } from './evaluation.ts';
import type { Condition } from './finding.ts';
import type { Pair } from './pair.ts';

/**
 * A group's summaries with the obligor and the event left out, built in prepareWorld. A summary
 * is a head naming the obligor (a fired one built per pair in prepareWorld; an unfired one is
 * `gives` + the obligor's name), then a tail the same for every obligor of the group (built once
 * per group and event): a fired tail is `fired` (+ the attacker's or the state attacked's name +
 * `end`); an unfired one is `failed` (or `constrained`) + the failed condition's reason.
 */
export interface Wording {
  /** How a fired summary names the obligor: capitalised, possessive, or not at all (a policy). */
  firedHead: 'capitalised' | 'possessive' | 'none';
  fired: string;
  /** Whose name the fired tail goes on with, if anyone's. */
  naming: 'actor' | 'victim' | undefined;
  end: string;
  /** Before the obligor's name when the clause did not fire: "US–Japan Treaty, Article V gives ". */
  gives: string;
  failed: string;
  /** For a duty a domestic law keeps the obligor from acting on. */
  constrained: string;
}

const cite = (pair: Pair) => `${pair.agreement.shortName}, ${pair.article.article}`;

type Fired = [head: Wording['firedHead'], fired: string, naming: Wording['naming'], end: string];

// Pairs asked about an event obey its parties: a nonaggression pledge-giver is the attacker,
// so the head of its summary, the attacker's possessive, is the obligor's.
function firedWording(pair: Pair): Fired {
  const b = nameOf(pair.beneficiary);
  const how = ` (${cite(pair)}; ${responsePhrase[pair.clause.response]})`;
  switch (pair.obligation) {
    case 'must-defend':
      return ['capitalised', ` must defend ${b} against `, 'actor', how];
    case 'must-consult':
      return [
        'capitalised',
        ` must consult with ${b} about the action of `,
        'actor',
        ` (${cite(pair)})`,
      ];
    case 'must-stay-neutral':
      return [
        'capitalised',
        ' must stay neutral and give no aid to ',
        'actor',
        ` against ${b} (${cite(pair)})`,
      ];
    case 'must-not-attack':
      return [
        'possessive',
        ` attack breaches its pledge not to attack ${b} (${cite(pair)})`,
        undefined,
        '',
      ];
    case 'must-join-attack':
      return [
        'capitalised',
        ` must join ${possessive(pair.beneficiary)} attack on `,
        'victim',
        how,
      ];
    case 'may-use-force':
      return [
        'capitalised',
        ` may use force to defend ${b} against `,
        'actor',
        `, but need not${how}`,
      ];
    default:
      return ['none', `${cite(pair)}, policy and no duty: ${pair.clause.summary}`, undefined, ''];
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
 * The wording of a pair's summaries; the same for every obligor of its group.
 * @example wordingOf(usJapanArticleV).fired // ' must defend Japan against '
 */
export function wordingOf(pair: Pair): Wording {
  const what = `${wouldBe[pair.obligation]} ${nameOf(pair.beneficiary)}`;
  const failed = ` no ${what} here: `;
  const [firedHead, fired, naming, end] = firedWording(pair);
  return {
    firedHead,
    fired,
    naming,
    end,
    gives: `${cite(pair)} gives `,
    failed,
    constrained: pair.category === 'duty' ? ` a ${what}, but it cannot be acted on: ` : failed,
  };
}

/**
 * The part of the summary after the obligor's name, for one event and outcome: built once per
 * group and event.
 * @example summaryTail(wording, undefined, ev) // ' must defend Japan against China (US–Japan Treaty, Article V; …)'
 */
export function summaryTail(w: Wording, failed: Condition | undefined, ev: Evaluation): string {
  if (failed)
    return (failed.test === 'domestic-constraint' ? w.constrained : w.failed) + failed.reason;
  if (w.naming === undefined) return w.fired;
  return w.fired + nameOf(w.naming === 'actor' ? ev.event.actor : ev.victim) + w.end;
}

/**
 * How an obligor's summary begins when the clause fires: its name (capitalised or possessive), or
 * nothing for a policy.
 * @example firedHead(wording, 'USA') // 'The United States'
 */
export const firedHead = (w: Wording, obligor: StateId): string =>
  w.firedHead === 'none'
    ? ''
    : w.firedHead === 'possessive'
      ? possessive(obligor)
      : NameOf(obligor);
