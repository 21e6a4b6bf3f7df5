/** Condition: a domestic law (Japan's 2015 legislation) lets the obligor use force abroad only in declared situations. */
import type { Agreement } from '../../model/agreement.ts';
import type { StateId } from '../../model/ids.ts';
import { listWords, nameOf, possessive, situationWords } from '../describe.ts';
import type { Check, Evaluation } from './check.ts';

const pass = (reason: string) => ({ test: 'domestic-constraint' as const, pass: true, reason });
const fail = (reason: string) => ({ test: 'domestic-constraint' as const, pass: false, reason });

function declared(law: Agreement, state: StateId, ev: Evaluation): string | undefined {
  const situation = ev.world.assumptions.situations[state];
  return situation !== undefined && law.constraint?.allowsForceFor.includes(situation)
    ? situation
    : undefined;
}

/**
 * The law does not bite on the obligor's own territory; elsewhere force needs a situation the
 * scenario declares (assumptions.situations) and, if the law lists close partners, one of them.
 * @example checkDomesticConstraint(pair, ev)?.pass // false for Japan and Guam with no situation declared
 */
export const checkDomesticConstraint: Check = (pair, ev) => {
  const law = pair.constraint;
  const constraint = law?.constraint;
  if (!law || !constraint) return undefined;
  const o = pair.obligor;
  if (ev.location.administeredBy === o)
    return pass(
      `${law.shortName} does not limit ${nameOf(o)} here: ${ev.where} is under ${possessive(o)} administration`,
    );
  const partners = constraint.closePartners;
  if (partners.length > 0 && !partners.includes(pair.beneficiary))
    return fail(
      `${law.shortName} lets ${nameOf(o)} use force for another state only if it is in a close relationship with ${nameOf(o)} (${listWords(partners.map(nameOf))}); ${nameOf(pair.beneficiary)} is not`,
    );
  const situation = declared(law, o, ev);
  if (situation)
    return pass(
      `${law.shortName}: the scenario assumes ${nameOf(o)} has determined ${situationWords(situation)}, in which it may use force`,
    );
  return fail(
    `${law.shortName} lets ${nameOf(o)} use force outside its territory only in ${listWords(constraint.allowsForceFor.map(situationWords), 'or')}, as ${possessive(o)} government determines; this scenario declares none`,
  );
};
