/** The JSON `casus bases --json` and GET /api/bases give: the query and the bases it selects. */
import { z } from 'zod';
import { Base } from './base.ts';
import { type BaseQuery, findBases } from './find-bases.ts';
import type { Library } from './library.ts';

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

/**
 * The answer to a checked bases query, as every surface prints it.
 * @example basesOutput(lib, {host: 'JPN'}).bases[0].id // 'camp-hansen'
 */
export function basesOutput(lib: Library, query: BaseQuery): BasesOutput {
  return {
    query: {
      host: query.host,
      user: query.user,
      date: query.date,
      architecture: query.architecture?.id,
    },
    counted: query.architecture ? 'architecture' : 'existing',
    bases: findBases(lib, query),
  };
}
