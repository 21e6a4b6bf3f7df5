/** GET /api/library: the curated library's YAML files, so the browser can load it and run the engine itself. */
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { defineRoute } from '../route.ts';

export const LibraryFiles = z.object({
  hash: z.string(),
  files: z.array(
    z.object({
      path: z.string(),
      text: z.string(),
      /** The text read to plain values by the server (absent where JSON could not carry it). */
      value: z.unknown().optional(),
    }),
  ),
});

/** The library route, cached by ETag (the library hash); If-None-Match answers 304. */
export const libraryRoutes = ({ state }: AppContext) => [
  defineRoute({
    method: 'GET',
    url: '/api/library',
    summary:
      "The library's YAML files (places, areas, agreements, architectures, scenarios, models), each with its value as the server read it",
    tag: 'library',
    responses: {
      200: { description: 'the files and their hash', schema: LibraryFiles },
      304: { description: 'unchanged since the ETag given in If-None-Match' },
    },
    handler: (_input, request, reply) => {
      const etag = `"${state.hash}"`;
      reply.header('etag', etag).header('cache-control', 'no-cache');
      if (request.headers['if-none-match'] === etag) return reply.status(304).send();
      return { hash: state.hash, files: state.files };
    },
  }),
];
