/** GET /api/health: the server is up, and which library it serves. */
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { defineRoute } from '../route.ts';

export const Health = z.object({
  ok: z.literal(true),
  version: z.string(),
  library: z.object({
    hash: z.string(),
    agreements: z.number().int(),
    places: z.number().int(),
    /** Problems found when loading the library (0 for a clean library). */
    issues: z.number().int(),
  }),
});

/** The health route. */
export const healthRoutes = ({ version, state }: AppContext) => [
  defineRoute({
    method: 'GET',
    url: '/api/health',
    summary: 'Whether the server is up, its version and the library it serves',
    tag: 'meta',
    responses: { 200: { description: 'up', schema: Health } },
    handler: (): z.infer<typeof Health> => ({
      ok: true,
      version,
      library: {
        hash: state.hash,
        agreements: state.library.agreements.size,
        places: state.library.places.size,
        issues: state.issues.length,
      },
    }),
  }),
];
