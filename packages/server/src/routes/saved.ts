/** Saved scenarios, architectures and designed agreements: list, read, save (PUT) and delete, kept across restarts. */
import { Agreement, Architecture, Scenario } from '@casus/core';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { ApiError, badInput, unknownId } from '../errors.ts';
import { SAVED_KINDS, type SavedKind } from '../persistence.ts';
import { type ApiRoute, defineRoute } from '../route.ts';

const schemas: Record<SavedKind, z.ZodType> = {
  scenarios: Scenario,
  architectures: Architecture,
  agreements: Agreement,
};
const singular: Record<SavedKind, string> = {
  scenarios: 'scenario',
  architectures: 'architecture',
  agreements: 'agreement',
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
  if (!state.library[kind].has(id as never)) return;
  throw new ApiError(
    409,
    'shadows_library',
    `"${id}" is the id of a ${singular[kind]} in the library; a saved ${singular[kind]} needs an id of its own`,
    undefined,
    `a new kebab-case id, e.g. "${id}-design"`,
  );
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
  ];
}

/** The saved-item routes, for each kind. */
export const savedRoutes = (context: AppContext): ApiRoute[] =>
  SAVED_KINDS.flatMap((kind) => routesFor(kind, context));
