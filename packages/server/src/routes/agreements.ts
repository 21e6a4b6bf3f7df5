/** GET /api/agreements (a filtered summary list) and GET /api/agreements/:id (the full agreement). */
import {
  type Agreement,
  Agreement as AgreementSchema,
  ArchitectureId,
  agreementInForce,
  architectureAgreements,
  type IsoDate,
  IsoDate as IsoDateSchema,
  isKnownState,
  StateId,
} from '@casus/core';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { unknownId } from '../errors.ts';
import { defineRoute } from '../route.ts';
import { knownArchitecture, unknownInQuery } from './lookups.ts';

export const AgreementQuery = z
  .object({
    date: IsoDateSchema.optional(),
    member: StateId.optional(),
    architecture: ArchitectureId.optional(),
  })
  .strict();

export const AgreementSummary = z.object({
  id: z.string(),
  shortName: z.string(),
  name: z.string(),
  kind: z.string(),
  members: z.array(z.string()),
  signed: z.string().nullable(),
  inForce: z.string().nullable(),
  ended: z.string().nullable(),
  /** Whether it holds on the `date` asked for (in the architecture, if one was given); null without a date. */
  inForceOnDate: z.boolean().nullable(),
  clauseTypes: z.array(z.string()),
});

function summarize(
  a: Agreement,
  date: IsoDate | undefined,
  added: boolean,
): z.infer<typeof AgreementSummary> {
  const clauseTypes = new Set(a.articles.flatMap((article) => article.clauses.map((c) => c.type)));
  return {
    id: a.id,
    shortName: a.shortName,
    name: a.name,
    kind: a.kind,
    members: a.members,
    signed: a.signed ?? null,
    inForce: a.inForce ?? null,
    ended: a.ended ?? null,
    inForceOnDate: date ? agreementInForce(a, date, added).pass : null,
    clauseTypes: [...clauseTypes].sort(),
  };
}

/** The agreement routes. */
export const agreementRoutes = ({ state }: AppContext) => [
  defineRoute({
    method: 'GET',
    url: '/api/agreements',
    summary:
      'Agreements, optionally of one architecture and with one member; `date` fills in inForceOnDate',
    tag: 'library',
    query: AgreementQuery,
    responses: { 200: { description: 'agreement summaries', schema: z.array(AgreementSummary) } },
    handler: ({ query }) => {
      const { library } = state;
      if (query.member && !isKnownState(query.member))
        throw unknownInQuery('state', 'member', query.member, []);
      const architecture = query.architecture
        ? knownArchitecture(library, query.architecture)
        : undefined;
      const agreements = architecture
        ? architectureAgreements(library, architecture)
        : [...library.agreements.values()];
      const added = new Set<string>(architecture?.add ?? []);
      return agreements
        .filter((a) => !query.member || a.members.includes(query.member))
        .map((a) => summarize(a, query.date, added.has(a.id)));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/agreements/:id',
    summary: 'One agreement in full: articles quoted, clauses encoded, sources',
    tag: 'library',
    responses: { 200: { description: 'the agreement', schema: AgreementSchema } },
    handler: ({ params }) => {
      const found = state.library.agreements.get(params.id as Agreement['id']);
      if (!found) throw unknownId('agreement', params.id ?? '', state.library.agreements.keys());
      return found;
    },
  }),
];
