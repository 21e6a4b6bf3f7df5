/** Condition: a domestic law (Japan's 2015 legislation) lets the obligor use force abroad only in declared situations. */
import type { Agreement } from '../../model/agreement.ts';
import { listWords, nameOf, possessive, situationWords } from '../describe.ts';
import type { Condition } from '../finding.ts';
import type { Pair } from '../pair.ts';
import type { PrepareCheck, Preparing } from './check.ts';

const pass = (reason: string): Condition => ({ test: 'domestic-constraint', pass: true, reason });
const fail = (reason: string): Condition => ({ test: 'domestic-constraint', pass: false, reason });

/** The verdict away from the obligor's own territory, which the event cannot change. */
function abroad(law: Agreement, pair: Pair, p: Preparing): Condition {
  const constraint = law.constraint!;
  const o = pair.obligor;
  const partners = constraint.closePartners;
  if (partners.length > 0 && pair.beneficiary !== o && !partners.includes(pair.beneficiary))
    return fail(
      `${law.shortName} lets ${nameOf(o)} use force for another state only if it is in a close relationship with ${nameOf(o)} (${listWords(partners.map(nameOf))}); ${nameOf(pair.beneficiary)} is not`,
    );
  const situation = p.assumptions.situations[o];
  if (situation !== undefined && constraint.allowsForceFor.includes(situation))
    return pass(
      `${law.shortName}: the scenario assumes ${nameOf(o)} has determined ${situationWords(situation)}, in which it may use force`,
    );
  return fail(
    `${law.shortName} lets ${nameOf(o)} use force outside its territory only in ${listWords(constraint.allowsForceFor.map(situationWords), 'or')}, as ${possessive(o)} government determines; this scenario declares none`,
  );
}

/**
 * The law does not bite on the obligor's own territory; elsewhere force needs a situation the
 * scenario declares (assumptions.situations) and, if the law lists close partners, one of them.
 * @example checkDomesticConstraint(pair, p)(ev).pass // false for Japan and Guam with no situation declared
 */
export const checkDomesticConstraint: PrepareCheck = (pair, p) => {
  const law = pair.constraint;
  if (!law?.constraint) return undefined;
  const o = pair.obligor;
  const away = abroad(law, pair, p);
  const here = `${law.shortName} does not limit ${nameOf(o)} here: `;
  const home = ` is under ${possessive(o)} administration`;
  return (ev) => (ev.location.administeredBy === o ? pass(here + ev.where + home) : away);
};
