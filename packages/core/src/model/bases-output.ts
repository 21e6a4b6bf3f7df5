/** The JSON `casus bases --json` and GET /api/bases give: the query and the bases it selects. */
import { z } from 'zod';
import { Base } from './base.ts';

export const BasesOutputSchema = z
  .object({
    query: z
      .object({
        host: z.string().optional(),
        user: z.string().optional(),
        date: z.string().optional(),
        architecture: z.string().optional(),
      })
      .strict(),
    /** `existing` counts only facilities, never proposals; an architecture adds its proposals. */
    counted: z.enum(['existing', 'architecture']),
    bases: z.array(Base),
  })
  .strict();
export type BasesOutput = z.infer<typeof BasesOutputSchema>;
