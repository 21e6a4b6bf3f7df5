/** GET /api/data/status: which research datasets (ATOP, COW) the data database holds. */
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { defineRoute } from '../route.ts';

export const DataStatusDoc = z.object({
  dbPath: z.string(),
  exists: z.boolean(),
  loaded: z.array(z.string()),
  missing: z.array(z.string()),
  datasets: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      version: z.string(),
      loaded: z.boolean(),
      rows: z.number().optional(),
      importedAt: z.string().optional(),
      pinned: z.boolean().optional(),
      hint: z.string().optional(),
    }),
  ),
  hint: z.string().optional(),
});

/** The data-status route. */
export const dataRoutes = ({ dataStatus }: AppContext) => [
  defineRoute({
    method: 'GET',
    url: '/api/data/status',
    summary: 'Datasets loaded in and missing from the research-data database (`casus data status`)',
    tag: 'data',
    responses: {
      200: { description: 'each dataset, loaded or missing', schema: DataStatusDoc },
      503: { description: 'the database exists but cannot be read' },
    },
    handler: () => dataStatus(),
  }),
];
