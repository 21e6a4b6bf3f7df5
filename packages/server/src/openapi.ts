/** The OpenAPI 3.1 document, generated from the routes' zod schemas (zod 4's JSON Schema output). */
import {
  Agreement,
  AnswerHeader,
  Architecture,
  AreaRule,
  Assumptions,
  Event,
  FindingOutput,
  Geometry,
  Place,
  Scenario,
} from '@casus/core';
import { z } from 'zod';
import { ErrorBody } from './errors.ts';
import type { ApiRoute } from './route.ts';

type Json = Record<string, unknown>;

/** Schemas shared by many routes get their model names. */
const NAMED: [z.ZodType, string][] = [
  [Agreement, 'Agreement'],
  [Architecture, 'Architecture'],
  [Scenario, 'Scenario'],
  [Event, 'Event'],
  [Assumptions, 'Assumptions'],
  [AreaRule, 'AreaRule'],
  [Geometry, 'Geometry'],
  [Place, 'Place'],
  [FindingOutput, 'Finding'],
  [AnswerHeader, 'AnswerHeader'],
  [ErrorBody, 'Error'],
];

const REF = '#/components/schemas/';
const operationId = (r: ApiRoute): string =>
  r.method.toLowerCase() +
  r.url
    .replace(/^\/api/, '')
    .split('/')
    .filter(Boolean)
    .map((p) =>
      p.startsWith(':')
        ? `By${p[1]!.toUpperCase()}${p.slice(2)}`
        : p.replace(/(^|[-.])(\w)/g, (_m, _s, c: string) => c.toUpperCase()),
    )
    .join('');

/** Rewrites zod's refs to shared definitions ("…/__shared#/$defs/x") into component refs. */
function hoistShared(schemas: Record<string, Json>): Record<string, Json> {
  const shared = (schemas.__shared?.$defs ?? {}) as Record<string, Json>;
  const out: Record<string, Json> = {};
  for (const [id, s] of Object.entries({ ...schemas, ...shared })) {
    if (id === '__shared') continue;
    const { $schema: _s, $id: _i, ...rest } = s;
    out[id] = rest;
  }
  const text = JSON.stringify(out).replaceAll(`${REF}__shared#/$defs/`, REF);
  return JSON.parse(text) as Record<string, Json>;
}

/** Every schema the routes name, with a component name each. */
function collectSchemas(routes: readonly ApiRoute[]) {
  const names = new Map<z.ZodType, string>(NAMED);
  const name = (schema: z.ZodType, fallback: string) => {
    if (!names.has(schema)) names.set(schema, fallback);
    return names.get(schema)!;
  };
  for (const r of routes) {
    const op = operationId(r);
    if (r.body) name(r.body, `${op}Body`);
    if (r.query) name(r.query, `${op}Query`);
    for (const [status, doc] of Object.entries(r.responses))
      if (doc.schema) name(doc.schema, `${op}Response${status}`);
  }
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of names) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `${REF}${id}`,
  }) as { schemas: Record<string, Json> };
  return { names, schemas: hoistShared(generated.schemas) };
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: `${REF}Error` } } },
});

function operation(
  r: ApiRoute,
  names: Map<z.ZodType, string>,
  schemas: Record<string, Json>,
): Json {
  const ref = (s: z.ZodType) => ({ $ref: `${REF}${names.get(s)}` });
  const pathParams = [...r.url.matchAll(/:(\w+)/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const query = r.query ? schemas[names.get(r.query)!] : undefined;
  const queryParams = Object.entries((query?.properties ?? {}) as Record<string, Json>).map(
    ([key, schema]) => ({
      name: key,
      in: 'query',
      required: ((query?.required ?? []) as string[]).includes(key),
      schema,
    }),
  );
  const responses: Json = {};
  for (const [status, doc] of Object.entries(r.responses))
    responses[status] = {
      description: doc.description,
      ...(doc.schema || doc.contentType
        ? {
            content: {
              [doc.contentType ?? 'application/json']: {
                schema: doc.schema ? ref(doc.schema) : { type: 'string' },
              },
            },
          }
        : {}),
    };
  if (r.body || r.query || pathParams.length > 0)
    responses['400'] = errorResponse('bad input, with located issues');
  if (pathParams.length > 0) responses['404'] = errorResponse('no such id');
  if (r.body) responses['413'] = errorResponse('the body is larger than the limit (1 MiB)');
  responses['500'] = errorResponse('internal error (never with a stack trace)');
  return {
    operationId: operationId(r),
    summary: r.summary,
    tags: [r.tag],
    ...(pathParams.length + queryParams.length > 0
      ? { parameters: [...pathParams, ...queryParams] }
      : {}),
    ...(r.body
      ? {
          requestBody: { required: true, content: { 'application/json': { schema: ref(r.body) } } },
        }
      : {}),
    responses,
  };
}

/**
 * The OpenAPI 3.1 document for the given routes.
 * @example openApiDocument(app.apiRoutes, '0.1.0').paths['/api/obligations'].post.operationId // 'postObligations'
 */
export function openApiDocument(routes: readonly ApiRoute[], version: string): Json {
  const { names, schemas } = collectSchemas(routes);
  const paths: Record<string, Json> = {};
  for (const r of routes) {
    const path = r.url.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [r.method.toLowerCase()]: operation(r, names, schemas) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Casus workbench API',
      version,
      description:
        'Alliance treaties as data: agreements, places, obligations, scenario runs, comparisons. See docs/api.md.',
    },
    servers: [{ url: '/' }],
    paths,
    components: { schemas },
  };
}
