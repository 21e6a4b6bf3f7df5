/** API errors: one JSON shape for every 4xx and 5xx, with core's located issues for bad input, never a stack. */

import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { didYouMean, type Issue, suggest } from '@casus/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyServerOptions } from 'fastify';
import { z } from 'zod';
import { SECURITY_HEADERS } from './security-headers.ts';

/** The body of every error response: `{error: {code, message, issues?}}`. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    hint: z.string().optional(),
    issues: z
      .array(
        z.looseObject({
          code: z.string(),
          severity: z.enum(['error', 'warning']),
          pointer: z.string(),
          message: z.string(),
          expected: z.string().optional(),
          received: z.string().optional(),
          hint: z.string().optional(),
        }),
      )
      .optional(),
  }),
});

/** An error a handler throws on purpose; the error handler turns it into its status and JSON body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: Issue[],
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  body(): { error: { code: string; message: string; hint?: string; issues?: Issue[] } } {
    const { code, message, issues, hint } = this;
    return { error: { code, message, ...(hint ? { hint } : {}), ...(issues ? { issues } : {}) } };
  }
}

/**
 * 400 with located issues: the request named something wrong.
 * @example throw badInput(issues) // {error: {code: 'bad_input', issues: [...]}}
 */
export const badInput = (issues: Issue[], message?: string): ApiError =>
  new ApiError(
    400,
    'bad_input',
    message ?? issues.map((i) => `${i.pointer || '/'}: ${i.message}`).join('; '),
    issues,
  );

/**
 * 404 for an id the library or store does not hold, with the nearest known ids as a hint.
 * @example throw unknownId('agreement', 'us-japan-196', lib.agreements.keys())
 */
export function unknownId(what: string, id: string, known: Iterable<string>): ApiError {
  const hint = didYouMean(suggest(id, known));
  return new ApiError(404, `unknown_${what}`, `no ${what} "${id}"`, undefined, hint);
}

/** Fastify's own errors for malformed requests, as stable codes. */
function fastifyCode(error: FastifyError): string {
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'body_too_large';
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'unsupported_media_type';
  if (
    error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    error instanceof SyntaxError
  )
    return 'bad_json';
  return 'bad_request';
}

/**
 * Installs the error handler: ApiErrors as they are, Fastify's 4xx with a code, anything else
 * as 500 `internal` (logged, never shown).
 * @example installErrorHandler(app)
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) return reply.status(error.status).send(error.body());
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = fastifyCode(error);
      const message =
        code === 'bad_json' ? `the body is not valid JSON (${error.message})` : error.message;
      return reply.status(status).send(new ApiError(status, code, message).body());
    }
    request.log.error({ err: error }, 'internal error');
    return reply
      .status(500)
      .send(new ApiError(500, 'internal', 'internal error: see the server log').body());
  });
}

/**
 * Fastify's errors found before routing (a path that is not valid percent-encoding), in the one
 * shape; such a reply skips the hooks, so the security headers are set here.
 */
export const frameworkErrors: NonNullable<FastifyServerOptions['frameworkErrors']> = (
  error,
  _request,
  reply,
) => {
  const message =
    error.code === 'FST_ERR_BAD_URL' ? 'the path is not valid percent-encoding' : error.message;
  (reply as FastifyReply)
    .status(400)
    .headers(SECURITY_HEADERS)
    .send(new ApiError(400, 'bad_url', message).body());
};

/** What each refusal of Node's parser is answered with; any other is malformed HTTP. */
const CLIENT_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'headers_too_large',
    message: 'the request headers are too large',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'request_timeout',
    message: 'the request took too long to arrive',
  },
};
const MALFORMED = { status: 400, code: 'bad_request', message: 'the request is not valid HTTP' };

/**
 * Requests Node's parser refuses before Fastify sees them (headers too large, malformed HTTP):
 * answered on the socket in the one error shape with the security headers, then closed.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const { status, code, message } = CLIENT_ERRORS[error.code ?? ''] ?? MALFORMED;
  const body = JSON.stringify(new ApiError(status, code, message).body());
  const headers = {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  };
  const head = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n');
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n\r\n${body}`);
}
