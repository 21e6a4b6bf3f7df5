/** Agreements: treaties, executive agreements, domestic laws and proposals, with their clauses. */
import { z } from 'zod';
import { Article, Parties } from './clause.ts';
import { eachOnce } from './each-once.ts';
import { AgreementId, ClauseId, IsoDate, StateId } from './ids.ts';

export const AgreementKind = z.enum([
  'treaty',
  'executive-agreement',
  'joint-statement',
  'domestic-law',
  'proposal',
]);
export type AgreementKind = z.infer<typeof AgreementKind>;

export const InstitutionKind = z.enum([
  'status-of-forces',
  'integrated-command',
  'bases',
  'forces-stationed',
  'secretariat',
  'nuclear-sharing',
  'joint-basing',
  'extended-deterrence',
  'joint-headquarters',
]);
export type InstitutionKind = z.infer<typeof InstitutionKind>;

/**
 * An institution of an agreement: forces stationed, bases, a SOFA, an integrated command, or a
 * nuclear umbrella. `extended-deterrence` (a nuclear-armed member's pledge to deter attacks on
 * others with its nuclear forces) and `nuclear-sharing` (its weapons held for use with a host)
 * name the `provider` and the states they `cover`. A `joint-headquarters` is a command built to
 * plan and operate beside an ally's, short of the combined command `integrated-command` records.
 */
export const Institution = z
  .object({
    kind: InstitutionKind,
    name: z.string().min(1),
    hosts: z.array(StateId).default([]),
    /** For an umbrella: the nuclear-armed state that extends it. */
    provider: StateId.optional(),
    /** For an umbrella: the states it covers, or every member of the agreement on the date. */
    covers: Parties.optional(),
    /**
     * For joint management of bases (`joint-basing`): how combat operations from the hosts'
     * jointly managed bases are decided. `joint-decision` (the default): host and user decide
     * together, so a host that lets its bases fight is at war beside the user from that decision.
     * `host-consent`: as under prior consultation, the host only consents, and is at war only if
     * the other side strikes the bases (docs/engine.md, "Basing entanglement").
     */
    combatUse: z.enum(['joint-decision', 'host-consent']).optional(),
    signed: IsoDate.optional(),
    inForce: IsoDate.optional(),
    ended: IsoDate.optional(),
    article: z.string().optional(),
    note: z.string().optional(),
    source: z.string().min(1),
  })
  .strict()
  .refine((i) => i.combatUse === undefined || i.kind === 'joint-basing', {
    message: 'combatUse is for a joint-basing institution (joint management of bases)',
    path: ['combatUse'],
  })
  .refine((i) => i.kind !== 'extended-deterrence' || (i.provider && i.covers), {
    message: 'an extended-deterrence institution names its provider and the states it covers',
    path: ['provider'],
  });
export type Institution = z.infer<typeof Institution>;

/**
 * A named narrowing of one clause: a suspension (US–NZ under ANZUS since 1986), a reservation,
 * or an understanding (the US limit of the Manila Pact to communist aggression).
 */
export const Exception = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a kebab-case id'),
    kind: z.enum(['suspension', 'reservation', 'understanding']),
    clause: ClauseId,
    /** The obligor→beneficiary pairs it narrows; omitted means all of the clause's. */
    obligors: z.array(StateId).min(1).optional(),
    beneficiaries: z.array(StateId).min(1).optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    /** Suspension: the duty does not hold. Understanding/reservation: it holds only against these. */
    onlyAgainst: z.array(StateId).min(1).optional(),
    summary: z.string().min(1),
    text: z.string().optional(),
    source: z.string().min(1),
  })
  .strict();
export type Exception = z.infer<typeof Exception>;

/**
 * A domestic law's limits on its own state's use of force, e.g. Japan's 2015 legislation:
 * force only in an armed-attack situation or a survival-threatening situation.
 */
export const DomesticConstraint = z
  .object({
    state: StateId,
    /** Situations (declared in a scenario's assumptions) in which the state may use force for others. */
    allowsForceFor: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
    /** States in a "close relationship" whose attack can make such a situation. */
    closePartners: z.array(StateId).default([]),
    summary: z.string().min(1),
  })
  .strict();
export type DomesticConstraint = z.infer<typeof DomesticConstraint>;

/**
 * A member's own dates where they differ from the agreement's: a later accession (Finland to NATO
 * in 2023) or a withdrawal (Pakistan from the Manila Pact in 1973). `members` lists every state
 * that has ever been a member; these dates say when each one was.
 */
export const Membership = z
  .object({
    state: StateId,
    joined: IsoDate.optional(),
    left: IsoDate.optional(),
    note: z.string().optional(),
    source: z.string().min(1),
  })
  .strict();
export type Membership = z.infer<typeof Membership>;

/**
 * More members than states have ever existed is no agreement: the COW state system (2016) counts
 * 217 states from 1816 on; the cap leaves room for states outside it (Taiwan, Kosovo).
 */
export const MAX_MEMBERS = 250;

/** Each state once: a repeated member would be counted, drawn and simulated twice. */
const uniqueMembers = z
  .array(StateId)
  .min(1)
  .max(MAX_MEMBERS)
  .superRefine(
    eachOnce((state, first) => `${state} is already member ${first}: list each state once`),
  );

export const Agreement = z
  .object({
    id: AgreementId,
    name: z.string().min(1),
    shortName: z.string().min(1),
    kind: AgreementKind,
    members: uniqueMembers,
    memberships: z.array(Membership).default([]),
    signed: IsoDate.optional(),
    inForce: IsoDate.optional(),
    ended: IsoDate.optional(),
    /** ATOP 5.1 alliance id, when ATOP codes this agreement. */
    atopId: z.number().int().positive().optional(),
    summary: z.string().min(1),
    articles: z.array(Article).default([]),
    exceptions: z.array(Exception).default([]),
    institutions: z.array(Institution).default([]),
    constraint: DomesticConstraint.optional(),
    /** For proposals: what the file assumes, in the reporting's words where possible. */
    assumptions: z.array(z.string()).default([]),
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type Agreement = z.infer<typeof Agreement>;
export type AgreementInput = z.input<typeof Agreement>;
