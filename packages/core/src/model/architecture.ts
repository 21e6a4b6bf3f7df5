/** Architectures: named sets of agreements to compare (the real ones on a date, plus or minus some). */
import { z } from 'zod';
import { AgreementId, ArchitectureId, BaseId } from './ids.ts';

/** Facilities an architecture adds (proposals such as JSDF bases in the US) or takes away, beside its agreements. */
export const ArchitectureBases = z
  .object({
    add: z.array(BaseId).default([]),
    remove: z.array(BaseId).default([]),
  })
  .strict();
export type ArchitectureBases = z.infer<typeof ArchitectureBases>;

export const Architecture = z
  .object({
    id: ArchitectureId,
    name: z.string().min(1),
    description: z.string().min(1),
    /** `real`: every agreement that is not a proposal, as in force on the date; `none`: start empty. */
    base: z.enum(['real', 'none']).default('real'),
    add: z.array(AgreementId).default([]),
    remove: z.array(AgreementId).default([]),
    bases: ArchitectureBases.default({ add: [], remove: [] }),
    assumptions: z.array(z.string()).default([]),
    /** Compared when no architectures are named (`casus compare`, the web's comparison view): defaultArchitectures. */
    default: z.boolean().optional(),
  })
  .strict();
export type Architecture = z.infer<typeof Architecture>;
