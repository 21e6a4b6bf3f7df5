/**
 * The Status of Forces Agreements of library/sofas: GET /api/sofas (the list), POST
 * /api/sofa/incident (as `casus sofa incident --json`) and GET /api/sofa/compare (as `casus sofa
 * compare --json`).
 */
import {
  answerIncident,
  COMPARE_TOPICS,
  compareSofas,
  IncidentInput,
  IncidentOutputSchema,
  IsoDate,
  type Issue,
  type Sofa,
  SofaComparisonSchema,
} from '@casus/core';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { badInput } from '../errors.ts';
import { defineRoute } from '../route.ts';
import { SofaSummarySchema } from '../sofa-output.ts';

/** At most this many SOFAs in one comparison. */
export const MAX_COMPARED = 20;

const list = (what: string) =>
  z
    .string()
    .min(1, `give one or more ${what}, separated by commas`)
    .max(2000)
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x.length > 0),
    );

export const SofaCompareQuery = z
  .object({
    /** SOFA ids, comma-separated: ids=us-japan-sofa-1960,germany-sa-1959 */
    ids: list('SOFA ids').refine(
      (ids) => ids.length > 0 && ids.length <= MAX_COMPARED,
      `give 1 to ${MAX_COMPARED} SOFA ids, separated by commas`,
    ),
    /** Rows, comma-separated, from COMPARE_TOPICS (default all, in that order). */
    topics: list('topics').optional(),
    /** The date the SOFAs are read on (default today). */
    date: IsoDate.optional(),
  })
  .strict();

const summary = (s: Sofa): z.infer<typeof SofaSummarySchema> => ({
  id: s.id,
  name: s.name,
  shortName: s.shortName,
  parties: s.parties,
  reciprocal: s.reciprocal,
  layerOn: s.layerOn ?? null,
  summary: s.summary,
  versions: s.versions.map((v) => ({
    id: v.id,
    kind: v.kind,
    name: v.name,
    signed: v.signed ?? null,
    inForce: v.inForce ?? null,
  })),
  counts: { articles: s.articles.length, rules: s.rules.length, gaps: s.gaps.length },
});

/** Core's issues for a request: no file (the request is not one), the pointer into the request. */
const located = (issues: Issue[], pointer?: (p: string) => string): Issue[] =>
  issues.map((i) => ({ ...i, file: undefined, pointer: pointer ? pointer(i.pointer) : i.pointer }));

/** The SOFA routes. */
export const sofaRoutes = ({ state }: AppContext) => [
  defineRoute({
    method: 'GET',
    url: '/api/sofas',
    summary:
      'Status of Forces Agreements of library/sofas: ids, names, parties, the SOFA each is layered on, dated versions',
    tag: 'library',
    responses: { 200: { description: 'the SOFAs', schema: z.array(SofaSummarySchema) } },
    handler: () => [...state.library.sofas.values()].map(summary),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/sofa/incident',
    summary:
      'An incident under a SOFA: who has the primary or exclusive right, custody before indictment, requests, each with its article, text and trace (the CLI `sofa incident --json` object)',
    tag: 'engine',
    body: IncidentInput,
    responses: {
      200: {
        description: 'the answer, the rules that did not apply and why, and the gaps',
        schema: IncidentOutputSchema,
      },
    },
    handler: ({ body }) => {
      const r = answerIncident(state.library, body);
      if (!r.ok) throw badInput(located(r.issues));
      return r.value;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/sofa/compare',
    summary:
      'A topic × SOFA matrix on a date, each cell with its articles, and the published caveats on the rows (the CLI `sofa compare --json` object)',
    tag: 'engine',
    query: SofaCompareQuery,
    responses: { 200: { description: 'the matrix', schema: SofaComparisonSchema } },
    handler: ({ query }) => {
      const date = query.date ?? (new Date().toISOString().slice(0, 10) as IsoDate);
      const r = compareSofas(state.library, query.ids, date, query.topics ?? COMPARE_TOPICS);
      if (!r.ok) throw badInput(located(r.issues, (p) => (p === '/sofa' ? '/ids' : p)));
      return r.value;
    },
  }),
];
