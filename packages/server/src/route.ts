/** A route as data: method, URL, documented input and output schemas, and a handler that gets validated input. */
import { type Issue, validate } from '@casus/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { badInput } from './errors.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface ResponseDoc {
  description: string;
  /** The JSON body's schema; absent for bodies documented only in words. */
  schema?: z.ZodType;
  /** Defaults to application/json. */
  contentType?: string;
}

export interface RouteInput<B, Q> {
  body: B;
  query: Q;
  params: Record<string, string>;
}

export interface ApiRoute<B extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType> {
  method: Method;
  /** Fastify syntax: /api/agreements/:id */
  url: string;
  summary: string;
  tag: string;
  body?: B;
  query?: Q;
  responses: Record<number, ResponseDoc>;
  handler(
    input: RouteInput<z.output<B>, z.output<Q>>,
    request: FastifyRequest,
    reply: FastifyReply,
  ): unknown;
}

/**
 * Declares a route; the types of `body` and `query` in the handler come from their schemas.
 * @example defineRoute({method: 'GET', url: '/api/areas', summary: 'areas', tag: 'library', responses: {200: {description: 'areas'}}, handler: () => []})
 */
export const defineRoute = <B extends z.ZodType = z.ZodUnknown, Q extends z.ZodType = z.ZodUnknown>(
  route: ApiRoute<B, Q>,
): ApiRoute => route as unknown as ApiRoute;

const where = (issues: Issue[], prefix: string): Issue[] =>
  issues.map((i) => ({ ...i, file: undefined, message: `${prefix}${i.message}` }));

/** Validates one part of the request; a failure is a 400 whose issues point into that part. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  part: 'body' | 'query',
): z.output<S> {
  const result = validate(schema, value ?? (part === 'query' ? {} : undefined), part);
  if (result.ok) return result.value;
  throw badInput(where(result.issues, part === 'query' ? 'query parameter: ' : ''));
}

/**
 * Registers routes on Fastify, validating body and query with the route's schemas first.
 * @example registerRoutes(app, [healthRoute])
 */
export function registerRoutes(app: FastifyInstance, routes: readonly ApiRoute[]): void {
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      handler: (request, reply) => {
        const input = {
          body: route.body ? parseInput(route.body, request.body, 'body') : request.body,
          query: route.query ? parseInput(route.query, request.query, 'query') : request.query,
          params: request.params as Record<string, string>,
        };
        return route.handler(input, request, reply);
      },
    });
  }
}
