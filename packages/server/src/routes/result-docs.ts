/** Schemas that document the engine's answers (findings, cascade results) in the OpenAPI document. */
import {
  Assumptions,
  type CascadeResult,
  ClauseType,
  Event,
  type Finding,
  ResponseStrength,
  TextStatus,
} from '@casus/core';
import { z } from 'zod';

/** What every answer starts with: the question it answers and the library version it used. */
export const RunHeader = z.object({
  architecture: z.string(),
  date: z.string(),
  assumptions: Assumptions,
  libraryHash: z.string(),
});

const Condition = z.object({ test: z.string(), pass: z.boolean(), reason: z.string() });

export const FindingDoc = z.object({
  event: z.number().int(),
  agreement: z.string(),
  clause: z.string(),
  clauseType: ClauseType,
  fired: z.boolean(),
  category: z.enum(['duty', 'permission', 'policy', 'none']),
  obligation: z.string(),
  obligor: z.string(),
  beneficiary: z.string(),
  adversary: z.string(),
  response: ResponseStrength,
  citation: z.object({
    agreement: z.string(),
    agreementName: z.string(),
    article: z.string(),
    text: z.string().optional(),
    textStatus: TextStatus,
    source: z.string(),
  }),
  trace: z.array(Condition),
  failed: Condition.optional(),
  summary: z.string(),
});

export const CascadeResultDoc = z.object({
  entries: z.array(
    z.object({
      state: z.string(),
      side: z.enum(['attacker', 'defender']),
      round: z.number().int(),
      because: FindingDoc.optional(),
      reason: z.string(),
    }),
  ),
  findings: z.array(FindingDoc),
  events: z.array(Event),
  rounds: z.number().int(),
});

type Assert<T extends true> = T;
/** Compile-time checks that the engine's types still fit the documented shapes. */
export type DocsMatchEngine = Assert<
  Finding extends z.input<typeof FindingDoc>
    ? CascadeResult extends z.input<typeof CascadeResultDoc>
      ? true
      : false
    : false
>;
