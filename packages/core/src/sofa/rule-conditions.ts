/** Each condition of a SOFA rule against an incident's facts, answering pass or fail with its reason. */
import type { IsoDate } from '../model/ids.ts';
import { offenceKind } from '../model/offences.ts';
import type {
  DutyStatus,
  PersonKind,
  Punishable,
  RuleConditions,
  Sofa,
  SofaRule,
  SofaSide,
  SofaVersion,
  VictimKind,
} from '../model/sofa.ts';

/** The facts of an incident, as `casus sofa incident` takes them. */
export interface IncidentFacts {
  date: IsoDate;
  person: PersonKind;
  onDuty: DutyStatus;
  offence: string;
  victim: VictimKind;
  /** Who holds the accused after the arrest; the SOFAs' custody rules start "if he is in the hands of the sending State". */
  heldBy: SofaSide;
  place?: string | undefined;
}

/** What earlier steps established: the side with the right to exercise jurisdiction, and custody. */
export interface Derived {
  jurisdiction?: SofaSide | undefined;
  right?: 'exclusive' | 'primary' | undefined;
  /** The side custody rests with, once a custody rule decided it (else who holds the accused). */
  custody?: SofaSide | undefined;
}

/** One tested condition: its name, whether it held, and why. */
export interface SofaCondition {
  test: string;
  pass: boolean;
  reason: string;
}

const PERSON: Record<PersonKind, string> = {
  member: 'a member of the force',
  civilian: 'a member of the civilian component',
  dependent: 'a dependent',
};
const DUTY: Record<DutyStatus, string> = {
  yes: 'on duty (stated, no certificate)',
  no: 'off duty',
  certified: 'on duty, with an official-duty certificate',
};
const VICTIM: Record<VictimKind, string> = {
  'host-national': 'a national or the property of the receiving State',
  'sending-state': 'solely the sending State, its property or its own people',
  third: 'a third party',
};
const PUNISHABLE: Record<Punishable, string> = {
  both: 'by the law of both States',
  'sending-only': "by the sending State's law only",
  'receiving-only': "by the receiving State's law only",
};

function listTest<T extends string>(
  test: string,
  allowed: readonly T[] | undefined,
  actual: T | undefined,
  words: (v: T) => string,
): SofaCondition | undefined {
  if (!allowed) return undefined;
  if (actual === undefined)
    return { test, pass: false, reason: `${test}: not established by an earlier step` };
  const pass = allowed.includes(actual);
  const covers = allowed.map(words).join('; ');
  return {
    test,
    pass,
    reason: pass
      ? `${test}: ${words(actual)}, which the rule covers`
      : `${test}: the rule covers ${covers}; here it is ${words(actual)}`,
  };
}

/** The date a version takes effect, and whether that date is its signature standing in for entry into force; undefined for an undated proposal. */
export function effectiveDate(v: SofaVersion): { date: IsoDate; bySignature: boolean } | undefined {
  if (v.inForce) return { date: v.inForce, bySignature: false };
  return v.signed ? { date: v.signed, bySignature: true } : undefined;
}

/** Whether the rule was in force on the date: from its version's entry into force, until the version that superseded it. */
export function inForceTest(sofa: Sofa, rule: SofaRule, date: IsoDate): SofaCondition {
  const version =
    sofa.versions.find((v) => v.id === rule.version) ??
    sofa.versions.find((v) => v.kind === 'base') ??
    sofa.versions[0]!;
  const from = effectiveDate(version);
  if (!from)
    return {
      test: 'in-force',
      pass: true,
      reason: `in-force: ${version.name} is a proposal with no date, read as in force on ${date}`,
    };
  const basis = from.bySignature
    ? `signed ${from.date} (no date of entry into force in the sources)`
    : `in force ${from.date}`;
  if (date < from.date)
    return {
      test: 'in-force',
      pass: false,
      reason: `in-force: ${version.name} ${basis}, after ${date}`,
    };
  const ended = sofa.versions.find((v) => v.id === rule.supersededBy);
  const endDate = ended && effectiveDate(ended)?.date;
  if (ended && endDate && date >= endDate)
    return {
      test: 'in-force',
      pass: false,
      reason: `in-force: superseded by ${ended.name} from ${endDate}`,
    };
  return { test: 'in-force', pass: true, reason: `in-force: ${version.name} ${basis}` };
}

/**
 * The conditions of a rule against the facts, in a fixed order; undefined conditions are left out.
 * @example ruleConditions({persons: ['member']}, facts, {}) // [{test: 'person', pass: true, …}]
 */
export function ruleConditions(
  when: RuleConditions,
  facts: IncidentFacts,
  derived: Derived,
): SofaCondition[] {
  const offence = offenceKind(facts.offence);
  const tests = [
    listTest('person', when.persons, facts.person, (v) => PERSON[v]),
    listTest('official-duty', when.onDuty, facts.onDuty, (v) => DUTY[v]),
    listTest('offence', when.offences, facts.offence, (v) => offenceKind(v)?.label ?? v),
    listTest('punishable', when.punishable, offence?.punishable, (v) => PUNISHABLE[v]),
    listTest('victim', when.victims, facts.victim, (v) => VICTIM[v]),
    listTest(
      'jurisdiction',
      when.jurisdiction,
      derived.jurisdiction,
      (v) => `the ${v} State's right`,
    ),
    listTest('right', when.right, derived.right, (v) => `a ${v} right`),
    listTest(
      'custody',
      when.custody,
      derived.custody ?? facts.heldBy,
      (v) => `in the hands of the ${v} State`,
    ),
  ];
  return tests.filter((t): t is SofaCondition => t !== undefined);
}
