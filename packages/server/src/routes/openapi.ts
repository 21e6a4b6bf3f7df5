/** GET /api/openapi.json: the OpenAPI 3.1 document of every API route, this one included. */

import { openApiDocument } from '../openapi.ts';
import type { ApiRoute } from '../route.ts';
import { defineRoute } from '../route.ts';

/** The OpenAPI route over the app's route list, generated on first request and kept. */
export function openApiRoutes(routes: readonly ApiRoute[], version: string) {
  let document: Record<string, unknown> | undefined;
  return [
    defineRoute({
      method: 'GET',
      url: '/api/openapi.json',
      summary: 'This document',
      tag: 'meta',
      responses: { 200: { description: 'the OpenAPI 3.1 document' } },
      handler: () => {
        document ??= openApiDocument(routes, version);
        return document;
      },
    }),
  ];
}
