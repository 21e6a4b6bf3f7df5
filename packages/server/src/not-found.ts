/** 404 and 405 for API paths: 405 (with Allow) when the path exists under another method, 404 otherwise. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors.ts';

export interface RouteRow {
  method: string;
  url: string;
}

const patternOf = (url: string): RegExp =>
  new RegExp(`^${url.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/]+')}/?$`);

/**
 * A not-found handler over the app's route table (read at request time, so later routes count).
 * @example app.setNotFoundHandler(notFoundHandler(() => routes))
 */
export function notFoundHandler(table: () => readonly RouteRow[]) {
  return (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/';
    // A path is echoed cut, so an over-long one does not come back whole.
    const shown = path.length > 120 ? `${path.slice(0, 120)}…` : path;
    const allowed = table()
      .filter((r) => r.url !== '/*' && r.url !== '*' && patternOf(r.url).test(path))
      .map((r) => r.method);
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      reply.header('allow', [...new Set(allowed)].join(', '));
      throw new ApiError(
        405,
        'method_not_allowed',
        `${request.method} is not allowed on ${shown}`,
        undefined,
        `allowed: ${[...new Set(allowed)].join(', ')}`,
      );
    }
    throw new ApiError(
      404,
      'not_found',
      `no route ${request.method} ${shown}`,
      undefined,
      'see /api/openapi.json for the routes',
    );
  };
}
