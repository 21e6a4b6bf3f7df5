/**
 * The token a server bound beyond loopback requires: anyone on the network can reach such an
 * address, and the server has no accounts. Every /api route but /api/health needs it, as
 * `Authorization: Bearer TOKEN` or the cookie a page gets by opening the printed `/?token=TOKEN`.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors.ts';

export const TOKEN_COOKIE = 'casus_token';

/** Where only this machine can connect: 127.0.0.0/8, ::1, localhost. */
export const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);

/**
 * What is wrong with a token given by `--token` or $CASUS_TOKEN, in words; undefined if nothing.
 * It travels in a URL, a header and a cookie, so only URL-safe characters, and enough of them.
 * @example tokenProblem('short') // 'the token must be at least 16 characters …'
 */
export function tokenProblem(token: string): string | undefined {
  if (/^[A-Za-z0-9._~-]{16,}$/.test(token)) return undefined;
  return 'the token must be at least 16 characters, each a letter, digit or one of - _ . ~';
}

/** 32 random bytes, URL-safe: 43 characters. */
export const newAccessToken = (): string => randomBytes(32).toString('base64url');

/**
 * The token a server on `host` requires: the one given, else a new one beyond loopback, else none.
 * @example accessTokenFor('0.0.0.0', undefined)?.length // 43
 */
export function accessTokenFor(host: string, given: string | undefined): string | undefined {
  return given ?? (isLoopback(host) ? undefined : newAccessToken());
}

// Both sides hashed first, so that timingSafeEqual compares equal lengths and the time taken
// says nothing about the token, not even its length.
const digest = (text: string) => createHash('sha256').update(text).digest();
const matches = (given: string | undefined, token: Buffer) =>
  given !== undefined && timingSafeEqual(digest(given), token);

const isApi = (path: string | undefined) => path === '/api' || !!path?.startsWith('/api/');

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

const bearerOf = (request: FastifyRequest) =>
  /^Bearer +(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];

/** The token cookie of the Cookie header, if any. */
function cookieOf(request: FastifyRequest): string | undefined {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (pair.slice(0, at).trim() === TOKEN_COOKIE) return pair.slice(at + 1).trim();
  }
  return undefined;
}

const unauthorized = (reply: FastifyReply, message: string) => {
  reply.header('www-authenticate', 'Bearer');
  return new ApiError(
    401,
    'unauthorized',
    message,
    undefined,
    'open the link `casus serve` printed (http://HOST:PORT/?token=…) or send `Authorization: Bearer TOKEN`',
  );
};

/**
 * Requires `token` on every /api route but /api/health (401 `unauthorized` without it); a GET of
 * a page with `?token=TOKEN` sets it as an HttpOnly, SameSite=Strict cookie and redirects to the
 * same page without it.
 * @example installTokenCheck(app, 'secret') // GET /api/library without it → 401
 */
export function installTokenCheck(app: FastifyInstance, token: string): void {
  const expected = digest(token);
  app.addHook('onRequest', async (request, reply) => {
    const url = new URL(request.url, 'http://server');
    // The route the request reached, not only its path: `/%61pi/library` reaches /api/library.
    const route = request.routeOptions.url;
    if (route === '/api/health') return;
    if (!isApi(route) && !isApi(decoded(url.pathname))) {
      // The pages themselves hold nothing secret; a link with the token gives them the cookie.
      const link = url.searchParams.get('token');
      if (request.method !== 'GET' || link === null) return;
      if (!matches(link, expected))
        throw unauthorized(reply, 'the token in this link is not this server’s');
      url.searchParams.delete('token');
      const cookie = `${TOKEN_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict`;
      return reply.header('set-cookie', cookie).redirect(`${url.pathname}${url.search}`, 303);
    }
    if (matches(bearerOf(request), expected) || matches(cookieOf(request), expected)) return;
    throw unauthorized(reply, 'this server is bound beyond loopback and needs its access token');
  });
}
