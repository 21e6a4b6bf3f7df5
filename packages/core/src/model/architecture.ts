/** Architectures: named sets of agreements to compare (the real ones on a date, plus or minus some). */
import { z } from 'zod';
import { AgreementId, ArchitectureId } from './ids.ts';

export const Architecture = z
  .object({
    id: ArchitectureId,
    name: z.string().min(1),
    description: z.string().min(1),
    /** `real`: every agreement that is not a proposal, as in force on the date; `none`: start empty. */
    base: z.enum(['real', 'none']).default('real'),
    add: z.array(AgreementId).default([]),
    remove: z.array(AgreementId).default([]),
    assumptions: z.array(z.string()).default([]),
  })
  .strict();
export type Architecture = z.infer<typeof Architecture>;
