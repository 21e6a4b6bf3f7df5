/** Which agreements, clauses and exceptions of an architecture hold on a date. */
import type { Agreement, Exception } from '../model/agreement.ts';
import type { Architecture } from '../model/architecture.ts';
import type { Clause } from '../model/clause.ts';
import type { IsoDate, StateId } from '../model/ids.ts';
import type { Library } from '../model/library.ts';
import { stateName } from '../model/states.ts';
import type { Condition } from './finding.ts';

/**
 * The agreements an architecture is made of, in library order, whether or not in force on a date:
 * `real` starts from every agreement that is not a proposal, then `add` and `remove` apply.
 * @example architectureAgreements(lib, lib.architectures.get('status-quo')) // [us-japan-1960, ...]
 */
export function architectureAgreements(library: Library, architecture: Architecture): Agreement[] {
  const removed = new Set<string>(architecture.remove);
  const added = new Set<string>(architecture.add);
  return [...library.agreements.values()].filter(
    (a) =>
      !removed.has(a.id) &&
      (added.has(a.id) || (architecture.base === 'real' && a.kind !== 'proposal')),
  );
}

/**
 * Whether an agreement holds on a date, with the reason in words. A proposal the architecture adds
 * holds from any date; an agreement with neither `inForce` nor `signed` is treated as in force;
 * one only signed is not.
 * @example agreementInForce(usJapan, '2024-11-01', false).pass // true
 */
export function agreementInForce(agreement: Agreement, date: IsoDate, added: boolean): Condition {
  const name = agreement.shortName;
  const fail = (reason: string): Condition => ({ test: 'in-force', pass: false, reason });
  if (agreement.ended !== undefined && date > agreement.ended)
    return fail(`${name} ended on ${agreement.ended}, before ${date}`);
  if (added && agreement.kind === 'proposal')
    return {
      test: 'in-force',
      pass: true,
      reason: `${name} is assumed in force in this architecture`,
    };
  if (agreement.inForce !== undefined) {
    if (date < agreement.inForce)
      return fail(`${name} entered into force on ${agreement.inForce}, after ${date}`);
    return {
      test: 'in-force',
      pass: true,
      reason: `${name} has been in force since ${agreement.inForce}`,
    };
  }
  if (agreement.signed !== undefined)
    return fail(`${name} was signed on ${agreement.signed} but is not recorded as in force`);
  return {
    test: 'in-force',
    pass: true,
    reason: `${name} has no recorded dates and is treated as in force`,
  };
}

/**
 * Narrows an agreement's verdict by the clause's own dates, when it has them.
 * @example clauseInForce(agreementVerdict, clause, 'Article V', '2024-11-01')
 */
export function clauseInForce(
  verdict: Condition,
  clause: Clause,
  article: string,
  date: IsoDate,
): Condition {
  if (!verdict.pass) return verdict;
  if (clause.inForce !== undefined && date < clause.inForce)
    return {
      test: 'in-force',
      pass: false,
      reason: `${article} took effect on ${clause.inForce}, after ${date}`,
    };
  if (clause.ended !== undefined && date > clause.ended)
    return {
      test: 'in-force',
      pass: false,
      reason: `${article} ceased to apply on ${clause.ended}`,
    };
  return verdict;
}

/**
 * The exceptions that narrow one clause for one obligor→beneficiary pair on a date.
 * @example exceptionsFor(anzus, 'mutual-defense', 'USA', 'NZL', '2024-11-01') // [us-nz-suspension]
 */
export function exceptionsFor(
  agreement: Agreement,
  clause: Clause,
  obligor: StateId,
  beneficiary: StateId,
  date: IsoDate,
): readonly Exception[] {
  if (agreement.exceptions.length === 0) return agreement.exceptions;
  return agreement.exceptions.filter(
    (e) =>
      e.clause === clause.id &&
      (e.obligors === undefined || e.obligors.includes(obligor)) &&
      (e.beneficiaries === undefined || e.beneficiaries.includes(beneficiary)) &&
      (e.from === undefined || date >= e.from) &&
      (e.to === undefined || date <= e.to),
  );
}

/**
 * Whether a state is a member of an agreement on a date, by its own accession and withdrawal dates.
 * @example memberOn(nato, 'FIN', '2020-01-01') // {test: 'in-force', pass: false, reason: 'Finland joined ... on 2023-04-04, after 2020-01-01'}
 */
export function memberOn(
  agreement: Agreement,
  state: StateId,
  date: IsoDate,
): Condition | undefined {
  const m = agreement.memberships.find((x) => x.state === state);
  if (!m) return undefined;
  const who = `${stateName(state)}`;
  if (m.joined !== undefined && date < m.joined)
    return {
      test: 'in-force',
      pass: false,
      reason: `${who} joined ${agreement.shortName} on ${m.joined}, after ${date}`,
    };
  if (m.left !== undefined && date > m.left)
    return {
      test: 'in-force',
      pass: false,
      reason: `${who} left ${agreement.shortName} on ${m.left}, before ${date}`,
    };
  return undefined;
}

/**
 * The members of an agreement on a date, by their own accession and withdrawal dates.
 * @example membersOn(nato, '2020-01-01').includes('FIN') // false
 */
export const membersOn = (agreement: Agreement, date: IsoDate): StateId[] =>
  agreement.memberships.length === 0
    ? agreement.members
    : agreement.members.filter((m) => memberOn(agreement, m, date) === undefined);
