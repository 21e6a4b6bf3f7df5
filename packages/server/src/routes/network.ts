/** GET /api/network: one year's alliance network with its measures (as `casus network --year Y --json`). */
import { HOME_REGIONS } from '@casus/core';
import { NETWORK_TIES } from '@casus/core/network';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { defineRoute } from '../route.ts';

const TIES = NETWORK_TIES as [string, ...string[]];
const REGIONS = HOME_REGIONS as [string, ...string[]];

export const NetworkQuery = z
  .object({
    year: z
      .string()
      .regex(/^\d{1,4}$/, 'a year as a number, e.g. 1950')
      .default('1950'),
    type: z.enum(TIES).default('defense'),
    region: z.enum(REGIONS).optional(),
    seed: z
      .string()
      .regex(/^\d{1,9}$/, 'a whole number ≥ 0, e.g. 7')
      .default('1'),
    carryTo: z
      .string()
      .regex(/^\d{4}$/, 'a year to carry the 2016 state system to, e.g. 2018 (an assumption)')
      .optional(),
  })
  .strict();

const Measure = z.number();

export const NetworkDoc = z.object({
  year: z.number().int(),
  tie: z.enum(TIES),
  tieWords: z.string(),
  region: z.string(),
  seed: z.number().int(),
  carryTo: z.number().int().nullable(),
  coverage: z.object({ from: z.number().int(), to: z.number().int() }),
  assumptions: z.array(z.string()),
  summary: z.object({
    year: z.number().int(),
    nodes: z.number().int(),
    edges: z.number().int(),
    density: Measure,
    isolates: z.number().int(),
    communities: z.number().int(),
    modularity: Measure,
    meanClustering: Measure,
  }),
  nodes: z.array(
    z.object({
      ccode: z.number().int(),
      iso3: z.string(),
      name: z.string(),
      degree: z.number().int(),
      betweenness: Measure,
      eigenvector: Measure.nullable(),
      clustering: Measure,
      community: z.number().int().optional(),
    }),
  ),
  ties: z.array(z.tuple([z.number().int(), z.number().int()])),
  definitions: z.array(z.string()),
  data: z.array(
    z.object({
      dataset: z.string(),
      version: z.string(),
      file: z.string(),
      sha256: z.string(),
      pinned: z.boolean(),
    }),
  ),
  notes: z.array(z.string()),
  cached: z.boolean(),
});

/** The network route. */
export const networkRoutes = ({ network }: AppContext) => [
  defineRoute({
    method: 'GET',
    url: '/api/network',
    summary:
      'The alliance network of a year by ATOP commitment type, optionally within a home region: each COW member’s degree, betweenness, eigenvector centrality, clustering and Louvain community (from the seed), the ties, the summary, the definitions and the data versions (`casus network --year Y`); `carryTo=2018` carries the COW system’s 2016 members through 2018 as peacesciencer’s mry = TRUE does, an assumption the answer states (`--carry-system-to 2018`)',
    tag: 'data',
    query: NetworkQuery,
    responses: {
      200: { description: 'the year’s network and the years the store covers', schema: NetworkDoc },
      400: {
        description:
          'a year that is not a number or outside the store (after 2016 without carryTo), an unknown type or region, a carryTo that is not a year after the system’s end up to 2018',
      },
      503: { description: 'the data database is missing, unreadable, or lacks atop or cow-states' },
    },
    handler: ({ query }) =>
      network({
        year: Number(query.year),
        tie: query.type as (typeof NETWORK_TIES)[number],
        region: query.region as (typeof HOME_REGIONS)[number] | undefined,
        seed: Number(query.seed),
        carryTo: query.carryTo === undefined ? undefined : Number(query.carryTo),
      }),
  }),
];
