import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './testing.ts';

type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

let app: FastifyInstance;
let doc: Json;
beforeAll(async () => {
  app = await testApp();
  const r = await app.inject('/api/openapi.json');
  expect(r.statusCode).toBe(200);
  doc = r.json();
});
afterAll(() => app.close());

/** Resolves a local JSON pointer ("#/components/schemas/Event") in the document. */
function resolve(ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object' || !(key in node)) return undefined;
    node = (node as Json)[key];
  }
  return node;
}

function refsIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) refsIn(n, found);
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') found.push(v);
      else refsIn(v, found);
    }
  return found;
}

describe('the OpenAPI document', () => {
  it('validates against the OpenAPI 3.1 specification schema', async () => {
    const result = await new Validator().validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('is OpenAPI 3.1 with info and paths', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(Object.keys(doc.paths as Json).length).toBeGreaterThan(10);
  });

  it('gives every operation an id, a summary and responses; operation ids are unique', () => {
    const ids: string[] = [];
    for (const [path, item] of Object.entries(doc.paths as Record<string, Json>)) {
      expect(path).toMatch(/^\/api\//);
      for (const [method, op] of Object.entries(item)) {
        expect(METHODS).toContain(method);
        const operation = op as {
          operationId: string;
          responses: Json;
          parameters?: { name: string; in: string }[];
        };
        expect(Object.keys(operation.responses).length, `${method} ${path}`).toBeGreaterThan(0);
        for (const status of Object.keys(operation.responses))
          expect(status).toMatch(/^[1-5]\d\d$|^default$/);
        ids.push(operation.operationId);
        const declared = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        const params = (operation.parameters ?? [])
          .filter((p) => p.in === 'path')
          .map((p) => p.name);
        expect(params).toEqual(declared);
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('resolves every $ref', () => {
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) expect(resolve(ref), ref).toBeDefined();
  });

  it('lists exactly the API routes Fastify has registered', () => {
    const documented = Object.entries(doc.paths as Record<string, Json>)
      .flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    const registered = app.routeTable
      .filter((r) => r.url.startsWith('/api/'))
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`)
      .sort();
    expect(documented).toEqual([...new Set(registered)]);
  });

  it('documents request bodies with the core schemas and errors with one shape', () => {
    const post = (doc.paths as Record<string, Record<string, Json>>)['/api/obligations']!.post!;
    const body = resolve(
      (
        (post.requestBody as Json).content as Json & {
          'application/json': { schema: { $ref: string } };
        }
      )['application/json'].schema.$ref,
    ) as Json;
    expect(body.required).toEqual(expect.arrayContaining(['date', 'events']));
    expect(resolve('#/components/schemas/Event')).toBeDefined();
    expect(resolve('#/components/schemas/Error')).toMatchObject({ type: 'object' });
    expect(Object.keys(post.responses as Json)).toEqual(
      expect.arrayContaining(['200', '400', '413', '500']),
    );
  });
});
