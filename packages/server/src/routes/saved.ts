/** Saved scenarios, architectures, designed agreements and comparisons: list, read, save (PUT), rename, duplicate and delete, kept across restarts. */
import { Agreement, Architecture, Scenario } from '@casus/core';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { ApiError, badInput, unknownId } from '../errors.ts';
import { SAVED_KINDS, type SavedKind } from '../persistence.ts';
import { type ApiRoute, defineRoute } from '../route.ts';
import { SavedComparison } from '../saved-comparison.ts';

const schemas: Record<SavedKind, z.ZodType> = {
  scenarios: Scenario,
  architectures: Architecture,
  agreements: Agreement,
  comparisons: SavedComparison,
};
const singular: Record<SavedKind, string> = {
  scenarios: 'scenario',
  architectures: 'architecture',
  agreements: 'agreement',
  comparisons: 'comparison',
};

const savedItem = (item: z.ZodType) => z.object({ id: z.string(), updatedAt: z.string(), item });

const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

function checkId(id: string): string {
  if (!ID.test(id))
    throw new ApiError(
      400,
      'bad_id',
      `"${id}" is not a saved-item id`,
      undefined,
      'a kebab-case id, e.g. "my-scenario"',
    );
  return id;
}

/**
 * A saved item lives beside the library, in its own namespace: an id the library already uses
 * would replace the real treaty, architecture or scenario wherever the two are merged.
 */
function checkNotShadowing(kind: SavedKind, id: string, { state }: AppContext): void {
  // The library holds no comparisons, so a saved comparison's id replaces nothing.
  if (kind === 'comparisons' || !state.library[kind].has(id as never)) return;
  throw new ApiError(
    409,
    'shadows_library',
    `"${id}" is the id of a ${singular[kind]} in the library; a saved ${singular[kind]} needs an id of its own`,
    undefined,
    `a new kebab-case id, e.g. "${id}-design"`,
  );
}

const CopyBody = z
  .object({ to: z.string().describe('the new id, kebab-case, e.g. "my-scenario-2"') })
  .strict();

/** POST …/:id/rename and …/:id/duplicate: the item under a new id, never over another one. */
function copyRoute(kind: SavedKind, context: AppContext, move: boolean): ApiRoute {
  const what = singular[kind];
  return defineRoute({
    method: 'POST',
    url: `/api/saved/${kind}/:id/${move ? 'rename' : 'duplicate'}`,
    summary: move
      ? `Rename a saved ${what}: give it the id \`to\` (its body's id too), at once`
      : `Duplicate a saved ${what} under the id \`to\``,
    tag: 'saved',
    body: CopyBody,
    responses: {
      200: { description: `the ${what} under its new id`, schema: savedItem(schemas[kind]) },
    },
    handler: async ({ body, params }) => {
      const from = checkId(params.id ?? '');
      const to = checkId(body.to);
      checkNotShadowing(kind, to, context);
      const outcome = await context.saved.copy(kind, from, to, move);
      if (outcome === 'missing')
        throw unknownId(
          `saved_${what}`,
          from,
          (await context.saved.list(kind)).map((s) => s.id),
        );
      if (outcome === 'exists')
        throw new ApiError(
          409,
          'already_saved',
          `a saved ${what} is already called "${to}"; ${move ? 'renaming' : 'duplicating'} "${from}" would replace it`,
          undefined,
          'another id, or delete the other one first',
        );
      return outcome;
    },
  });
}

function routesFor(kind: SavedKind, context: AppContext): ApiRoute[] {
  const { saved } = context;
  const base = `/api/saved/${kind}`;
  const what = singular[kind];
  const schema = schemas[kind];
  return [
    defineRoute({
      method: 'GET',
      url: base,
      summary: `Every saved ${what}`,
      tag: 'saved',
      responses: {
        200: { description: `saved ${kind}, by id`, schema: z.array(savedItem(schema)) },
      },
      handler: () => saved.list(kind),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/:id`,
      summary: `One saved ${what}`,
      tag: 'saved',
      responses: { 200: { description: `the saved ${what}`, schema: savedItem(schema) } },
      handler: async ({ params }) => {
        const found = await saved.get(kind, checkId(params.id ?? ''));
        if (!found)
          throw unknownId(
            `saved_${what}`,
            params.id ?? '',
            (await saved.list(kind)).map((s) => s.id),
          );
        return found;
      },
    }),
    defineRoute({
      method: 'PUT',
      url: `${base}/:id`,
      summary: `Save a ${what} under its id (the body's id must match the path)`,
      tag: 'saved',
      body: schema,
      responses: { 200: { description: `the ${what} as saved`, schema: savedItem(schema) } },
      handler: ({ body, params }) => {
        const id = checkId(params.id ?? '');
        const bodyId = (body as { id: string }).id;
        if (bodyId !== id)
          throw badInput([
            {
              code: 'invalid_value',
              severity: 'error',
              pointer: '/id',
              message: `the body's id "${bodyId}" differs from the id in the path "${id}"`,
              expected: `"${id}"`,
              received: `"${bodyId}"`,
            },
          ]);
        checkNotShadowing(kind, id, context);
        return saved.put(kind, id, body);
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: `${base}/:id`,
      summary: `Delete a saved ${what}`,
      tag: 'saved',
      responses: { 204: { description: 'deleted' } },
      handler: async ({ params }, _request, reply) => {
        if (!(await saved.remove(kind, checkId(params.id ?? ''))))
          throw unknownId(`saved_${what}`, params.id ?? '', []);
        return reply.status(204).send();
      },
    }),
    copyRoute(kind, context, true),
    copyRoute(kind, context, false),
  ];
}

/** The saved-item routes, for each kind. */
export const savedRoutes = (context: AppContext): ApiRoute[] =>
  SAVED_KINDS.flatMap((kind) => routesFor(kind, context));
