/** The JSON the engine's answers take on every surface (CLI --json, API), as zod schemas; docs/schema is generated from them. */
import { z } from 'zod';
import { ClauseType, ResponseStrength, TextStatus } from '../model/clause.ts';
import { Event } from '../model/event.ts';
import { Assumptions } from '../model/scenario.ts';
import type { CascadeResult } from './cascade-types.ts';
import type { Citation, Condition, Finding } from './finding.ts';
import type { NoCommitment } from './no-commitment.ts';

const State = z.string().regex(/^[A-Z]{3}$/);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ConditionOutput = z
  .object({
    test: z.enum([
      'in-force',
      'event-kind',
      'obligor',
      'beneficiary',
      'target-kind',
      'area',
      'adversary',
      'conflict',
      'provocation',
      'initiator',
      'unstated-condition',
      'exception',
      'domestic-constraint',
    ]),
    pass: z.boolean(),
    reason: z.string(),
  })
  .strict();

/** The article a finding cites, with its text verbatim where the library has it. */
export const CitationOutput = z
  .object({
    agreement: z.string(),
    agreementName: z.string(),
    article: z.string(),
    text: z.string().optional(),
    textStatus: TextStatus,
    source: z.string(),
  })
  .strict();

export const FindingOutput = z
  .object({
    event: z.number().int().min(0),
    agreement: z.string(),
    clause: z.string(),
    clauseType: ClauseType,
    fired: z.boolean(),
    category: z.enum(['duty', 'permission', 'policy', 'none']),
    obligation: z.enum([
      'must-defend',
      'must-join-attack',
      'must-stay-neutral',
      'must-not-attack',
      'must-consult',
      'may-use-force',
      'policy',
      'access',
    ]),
    obligor: State,
    beneficiary: State,
    adversary: State,
    response: ResponseStrength,
    citation: CitationOutput,
    trace: z.array(ConditionOutput),
    failed: ConditionOutput.optional(),
    summary: z.string(),
  })
  .strict();

/** What every answer starts with: the world it was computed in, and which library. */
export const AnswerHeader = z
  .object({
    architecture: z.string(),
    date: Day,
    mode: z.enum(['strict', 'honoured']).optional(),
    assumptions: Assumptions,
    /** A hash of the library files' text: the same library gives the same version anywhere. */
    libraryVersion: z.string(),
    /** With --atop: the ATOP alliances added to the curated library for the date. */
    history: z
      .object({
        dataset: z.literal('ATOP 5.1'),
        alliances: z.number().int().min(0),
        /** ATOP codings that differ from the curated agreement that replaced them. */
        differences: z.number().int().min(0),
      })
      .strict()
      .optional(),
  })
  .strict();

const NoCommitmentOutput = z
  .object({
    event: z.number().int().min(0),
    agreement: z.string(),
    shortName: z.string(),
    states: z.array(State),
    reason: z.string(),
  })
  .strict();

/**
 * A finding as an answer to obligations lists it: its citation is the answer's, under its clause,
 * and its trace the answer's, at this index of `traces`; for a clause that did not fire, the last
 * condition of that trace is the one that failed.
 */
export const ListedFindingOutput = FindingOutput.omit({ citation: true, failed: true }).extend({
  trace: z.number().int().min(0),
});

export const ObligationsOutputSchema = z
  .object({
    header: AnswerHeader,
    events: z.array(Event),
    findings: z.array(ListedFindingOutput),
    /** The traces of the findings, each once however many findings share it; a finding's `trace` indexes this list. */
    traces: z.array(z.array(ConditionOutput)),
    /** The article each finding's clause cites, once per clause however many findings cite it. */
    citations: z.record(z.string(), CitationOutput),
    /** Agreements the state attacked belongs to that oblige nobody to act for it. */
    noCommitment: z.array(NoCommitmentOutput),
  })
  .strict();

const Side = z.enum(['attacker', 'defender']);

export const CascadeOutputSchema = z
  .object({
    header: AnswerHeader,
    scenario: z.object({ id: z.string(), name: z.string(), description: z.string() }).strict(),
    /** The scenario's events; findings' `event` indexes [...events, ...result.events]. */
    events: z.array(Event),
    result: z
      .object({
        entries: z.array(
          z
            .object({
              state: State,
              side: Side,
              round: z.number().int().min(0),
              because: FindingOutput.optional(),
              reason: z.string(),
              via: State.optional(),
              base: z.string().optional(),
            })
            .strict(),
        ),
        findings: z.array(FindingOutput),
        events: z.array(Event),
        rounds: z.number().int().min(0),
        conflicts: z
          .array(
            z
              .object({ state: State, side: Side, round: z.number().int(), finding: FindingOutput })
              .strict(),
          )
          .optional(),
        basing: z
          .array(
            z
              .object({
                base: z.string(),
                name: z.string(),
                host: State,
                user: State,
                round: z.number().int().min(0),
                decision: z.enum(['host-consent', 'joint-decision']),
                answer: z.enum(['consents', 'refuses', 'not-assumed']),
                struckBy: z.array(State),
                why: z.string(),
                grant: z.string(),
              })
              .strict(),
          )
          .optional(),
        forcesAbroad: z
          .array(
            z
              .object({
                state: State,
                actor: State,
                event: z.number().int().min(0),
                where: z.string(),
                administeredBy: State.optional(),
                bases: z.array(z.string()),
                atWar: z.boolean(),
                law: z.string().optional(),
                lawName: z.string().optional(),
                allowsForceFor: z.array(z.string()).optional(),
              })
              .strict(),
          )
          .optional(),
      })
      .strict(),
  })
  .strict();

export type AnswerHeader = z.infer<typeof AnswerHeader>;

/**
 * A finding without its citation, which the answer holds once under the finding's clause, with
 * its trace's index in the answer's traces, and without `failed` (that trace's last condition).
 */
export type ListedFinding = Omit<Finding, 'citation' | 'trace' | 'failed'> & { trace: number };

/**
 * `casus obligations --json` and POST /api/obligations: findObligations' findings for the events,
 * each cited article given once in `citations` (keyed by clause id) and each trace once in
 * `traces` (by index) rather than in every finding.
 */
export interface ObligationsOutput {
  header: AnswerHeader;
  events: Event[];
  findings: ListedFinding[];
  traces: Condition[][];
  citations: Record<string, Citation>;
  noCommitment: NoCommitment[];
}

/** `casus run --json`: a scenario's cascade, exactly as runCascade returns it. */
export interface CascadeOutput {
  header: AnswerHeader;
  scenario: { id: string; name: string; description: string };
  events: Event[];
  result: CascadeResult;
}

/**
 * The JSON Schema (draft 2020-12) of an output, as committed in docs/schema.
 * @example outputJsonSchema(ObligationsOutputSchema, 'Casus findings') // {$schema: 'https://json-schema.org/draft/2020-12/schema', ...}
 */
export function outputJsonSchema(schema: z.ZodType, title: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
  });
  return { ...json, title };
}
