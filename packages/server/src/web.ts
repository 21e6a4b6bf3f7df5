/** The built web app: static files from packages/web/dist, index.html for client-side routes, a notice when unbuilt. */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors.ts';

/** packages/web/dist beside this package. */
export const defaultWebDist = (): string =>
  resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Casus workbench</title></head>
<body><h1>Casus workbench</h1>
<p>The web app is not built: run <code>npm run build -w @casus/web</code>, then restart <code>casus serve</code>.</p>
<p>The JSON API works meanwhile: <a href="/api/health">/api/health</a>, <a href="/api/openapi.json">/api/openapi.json</a>.</p>
</body></html>
`;

/**
 * The decoded URL path; a 400 for bad percent-encoding, a 404 for any attempt to leave the web root
 * (`..` segments, encoded or not, NUL bytes, backslashes).
 * @example safePath('/assets/app%20x.js') // '/assets/app x.js'
 */
export function safePath(urlPath: string): string {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    throw new ApiError(400, 'bad_path', 'the path is not valid percent-encoding');
  }
  if (path.includes('\0') || path.includes('\\') || path.split('/').includes('..'))
    throw new ApiError(404, 'not_found', 'no such file');
  return path;
}

/** The file under `root` a safe path names, if there is one. */
function fileFor(root: string, path: string): string | undefined {
  const file = resolve(root, `.${path}`);
  if (!file.startsWith(root + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Serves the web app for every GET that is not an API route; `apiNotFound` answers unknown /api paths.
 * @example await serveWebApp(app, defaultWebDist(), notFound)
 */
export async function serveWebApp(
  app: FastifyInstance,
  root: string,
  apiNotFound: (request: FastifyRequest, reply: FastifyReply) => unknown,
): Promise<void> {
  const built = existsSync(join(root, 'index.html'));
  if (built) await app.register(fastifyStatic, { root, serve: false, index: false });
  app.get('/*', (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path === '/api' || path.startsWith('/api/')) return apiNotFound(request, reply);
    const safe = safePath(path);
    if (!built) return reply.type('text/html; charset=utf-8').send(NOT_BUILT);
    const file = fileFor(root, safe);
    if (file) return reply.sendFile(file.slice(root.length + 1));
    if (/\.[a-z0-9]+$/i.test(safe)) throw new ApiError(404, 'not_found', `no file ${path}`);
    return reply.sendFile('index.html');
  });
}
