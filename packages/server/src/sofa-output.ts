/**
 * The documented shape of GET /api/sofas; the incident and comparison answers are documented by
 * core's own output schemas (IncidentOutputSchema, SofaComparisonSchema).
 */
import { z } from 'zod';

const partiesOf = z.union([z.literal('members'), z.array(z.string())]);

export const SofaSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string(),
  parties: z.object({ sending: partiesOf, receiving: partiesOf }),
  /** Either party sends and the other receives: an incident names the sending State. */
  reciprocal: z.boolean(),
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
