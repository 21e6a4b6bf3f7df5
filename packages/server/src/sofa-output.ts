/**
 * The documented shapes of the SOFA answers (core's IncidentAnswer and SofaComparison are plain
 * interfaces): the OpenAPI schemas of /api/sofa/*, and a route test parses real answers with them.
 */
import { DutyStatus, PersonKind, RuleOutcome, SofaSide, SofaTopic, VictimKind } from '@casus/core';
import { z } from 'zod';

export const SofaCondition = z.object({ test: z.string(), pass: z.boolean(), reason: z.string() });

export const SofaStepSchema = z.object({
  rule: z.string(),
  sofa: z.string(),
  topic: SofaTopic,
  article: z.string(),
  textStatus: z.enum(['verbatim', 'partial', 'unverified', 'not-quoted', 'missing']),
  quote: z.string().optional(),
  /** The article's quoted text, or for a not-quoted article the cited description of it. */
  text: z.string().optional(),
  source: z.string().optional(),
  outcome: RuleOutcome,
  summary: z.string(),
  trace: z.array(SofaCondition),
});

export const SofaMissSchema = z.object({
  rule: z.string(),
  sofa: z.string(),
  topic: SofaTopic,
  article: z.string(),
  reason: z.string(),
  trace: z.array(SofaCondition),
});

export const IncidentAnswerSchema = z.object({
  sofa: z.object({ id: z.string(), shortName: z.string(), layers: z.array(z.string()) }),
  facts: z.object({
    date: z.string(),
    person: PersonKind,
    onDuty: DutyStatus,
    offence: z.string(),
    victim: VictimKind,
    heldBy: SofaSide,
    place: z.string().optional(),
  }),
  jurisdiction: SofaStepSchema.optional(),
  custody: SofaStepSchema.optional(),
  requests: z.array(SofaStepSchema),
  notes: z.array(SofaStepSchema),
  notApplied: z.array(SofaMissSchema),
  gaps: z.array(
    z.object({
      topic: SofaTopic,
      article: z.string().optional(),
      note: z.string(),
      sofa: z.string(),
    }),
  ),
});

export const SofaComparisonSchema = z.object({
  date: z.string(),
  sofas: z.array(z.object({ id: z.string(), shortName: z.string() })),
  rows: z.array(
    z.object({
      topic: z.string(),
      label: z.string(),
      cells: z.array(
        z.object({
          sofa: z.string(),
          value: z.string(),
          detail: z.string(),
          articles: z.array(
            z.object({
              article: z.string(),
              sofa: z.string(),
              textStatus: z.string(),
              rule: z.string(),
            }),
          ),
          gaps: z.array(z.string()),
        }),
      ),
    }),
  ),
  caveats: z.array(
    z.object({
      topics: z.array(SofaTopic),
      by: z.string(),
      text: z.string(),
      source: z.string(),
      sofa: z.string(),
    }),
  ),
});

const partiesOf = z.union([z.literal('members'), z.array(z.string())]);

export const SofaSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string(),
  parties: z.object({ sending: partiesOf, receiving: partiesOf }),
  /** The SOFA this one supplements, or null. */
  layerOn: z.string().nullable(),
  summary: z.string(),
  versions: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      name: z.string(),
      signed: z.string().nullable(),
      inForce: z.string().nullable(),
    }),
  ),
  /** How many articles, rules and named gaps it holds. */
  counts: z.object({ articles: z.number(), rules: z.number(), gaps: z.number() }),
});
