/** Clauses: one commitment each, as ATOP codes it and finer, encoded beside the article it comes from. */
import { z } from 'zod';
import { Declaration } from './declaration.ts';
import { EventKind, TargetKind } from './event.ts';
import { AreaId, ClauseId, IsoDate, StateId } from './ids.ts';

/**
 * ATOP's obligation types, plus three Casus needs for Asia: `access` (basing and visiting forces),
 * `policy` (a statement with no casus foederis, e.g. the Taiwan Relations Act) and `permission`
 * (a domestic law that allows, but does not require, the use of force).
 */
export const ClauseType = z.enum([
  'defense',
  'offense',
  'neutrality',
  'nonaggression',
  'consultation',
  'access',
  'policy',
  'permission',
]);
export type ClauseType = z.infer<typeof ClauseType>;

/** How strongly a fired clause binds: the words of the treaty, not our guess of the outcome. */
export const ResponseStrength = z.enum([
  /** "shall immediately extend military and other assistance" */
  'automatic',
  /** "act to meet the common danger in accordance with its constitutional processes" */
  'constitutional',
  /** "consult immediately in order to agree on the measures" before anything else */
  'consult-first',
  /** "such action as it deems necessary"; or a permission its government may use */
  'discretionary',
  /** the source records that a pledge exists, not its wording (ATOP's codings) */
  'unstated',
]);
export type ResponseStrength = z.infer<typeof ResponseStrength>;

/** Who a clause binds or protects: named states, or the keyword for every member of the agreement. */
export const Parties = z.union([z.literal('members'), z.array(StateId).min(1)]);
export type Parties = z.infer<typeof Parties>;

/**
 * A clause's own statement that its text reaches a counter-strike on a member whose side opened
 * the war, against the initiator rule's default reading: the article whose words say so, those
 * words as quoted in it, and where they come from.
 */
export const CounterstrikeReach = z
  .object({
    /** The article of this agreement whose words say so, e.g. "Article 4". */
    article: z.string().min(1),
    /** The words, as they appear in that article's quoted `text`. */
    quote: z.string().min(1),
    source: z.string().min(1),
  })
  .strict();
export type CounterstrikeReach = z.infer<typeof CounterstrikeReach>;

export const Trigger = z
  .object({
    /** Event kinds that set the clause off; consultation clauses often take threats too. */
    events: z.array(EventKind).min(1),
    /** What must be hit: territory only (US–ROK), or forces, public vessels and aircraft too. */
    targets: z.array(TargetKind).min(1).default(['territory']),
    /** The treaty area the target must lie in; omitted means anywhere. */
    area: AreaId.optional(),
    /** Named adversaries: the clause fires only against these attackers (ATOP `defcoadv`). */
    adversaries: z.array(StateId).min(1).optional(),
    /** A named conflict the clause is limited to (ATOP `defcocon`). */
    conflict: z.string().optional(),
    /** True when the clause does not apply if the beneficiary provoked the attack (ATOP `defconpr`). */
    unprovoked: z.boolean().default(false),
    /**
     * Conditions the source records but does not state precisely enough to test, e.g. ATOP's
     * "only against a particular adversary" without naming it. Whether they are taken as met is
     * the scenario's assumption `unstatedConditions`, shown with every answer.
     */
    unstated: z.array(z.string().min(1)).min(1).optional(),
    /**
     * Set only where the treaty's quoted words plainly say so: a counter-strike on a member whose
     * side opened the war invokes this defence clause (without it, the initiator rule reads the
     * clause as answering an attack on a member that did not, unless the scenario assumes
     * `counterstrikeInvokes: yes`).
     */
    reachesCounterstrikes: CounterstrikeReach.optional(),
  })
  .strict();
export type Trigger = z.infer<typeof Trigger>;

export const Clause = z
  .object({
    id: ClauseId,
    type: ClauseType,
    obligors: Parties,
    beneficiaries: Parties,
    /** Absent for `access` and `policy` clauses, which no event sets off. */
    trigger: Trigger.optional(),
    response: ResponseStrength,
    /** Clause-level dates, when a clause started or ended apart from its agreement. */
    inForce: IsoDate.optional(),
    ended: IsoDate.optional(),
    /** One line in plain words: what the clause commits whom to. */
    summary: z.string().min(1),
    /**
     * A policy clause's dated declaratory statements (sim/declaratory.ts reads those made before
     * a scenario's date), oldest first.
     */
    declarations: z.array(Declaration).min(1).optional(),
  })
  .strict()
  .refine((c) => c.declarations === undefined || c.type === 'policy', {
    message: 'declarations belong to a policy clause (type: policy)',
    path: ['declarations'],
  });
export type Clause = z.infer<typeof Clause>;

/** How far the quoted text can be trusted, following shared/reference/treaty-texts.md. */
export const TextStatus = z.enum(['verbatim', 'partial', 'unverified', 'not-quoted']);
export type TextStatus = z.infer<typeof TextStatus>;

export const Article = z
  .object({
    /** As the treaty numbers it: "Article V", "Article 6", "§3(c)". */
    article: z.string().min(1),
    text: z.string().optional(),
    textStatus: TextStatus,
    source: z.string().min(1),
    clauses: z.array(Clause).default([]),
  })
  .strict()
  .refine((a) => a.textStatus === 'not-quoted' || (a.text ?? '').trim().length > 0, {
    message: 'an article whose text is quoted needs "text" (or textStatus: not-quoted)',
    path: ['text'],
  });
export type Article = z.infer<typeof Article>;
