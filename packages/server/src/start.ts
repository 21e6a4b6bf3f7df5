/** Starting and stopping the server: listen on a host and port, print nothing, close gracefully. */
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { type AppOptions, buildApp } from './app.ts';
import { shownHost } from './host-check.ts';

export interface ServerOptions extends AppOptions {
  /** Default 4173; 0 picks a free port. */
  port?: number;
  /** How long close() lets requests in flight finish before it cuts every connection (default 2,000 ms). */
  drainMs?: number;
}

export interface RunningServer {
  app: FastifyInstance;
  /** e.g. http://127.0.0.1:4173/; bound to 0.0.0.0 or ::, one of the machine's network addresses. */
  url: string;
  /** The page to open: `url`, with `?token=…` when the API requires one (bound beyond loopback). */
  link: string;
  /**
   * Stops accepting connections, cancels jobs, gives requests in flight `drainMs` to finish, then
   * cuts every connection still open and closes the database. Resolves with how many it cut.
   */
  close(): Promise<{ cut: number }>;
}

export const DEFAULT_PORT = 4173;
export const DEFAULT_DRAIN_MS = 2000;

/**
 * Fastify closes keep-alive connections that are idle between requests, but not one that was
 * opened and never sent a request: Node keeps that open until its request timeout (minutes), and
 * the close would wait for it. So the drain is bounded: past `drainMs`, every socket still open
 * is destroyed.
 */
async function closeWithin(
  app: FastifyInstance,
  open: ReadonlySet<Socket>,
  drainMs: number,
): Promise<{ cut: number }> {
  let cut = 0;
  const timer = setTimeout(() => {
    for (const socket of open) {
      cut++;
      socket.destroy();
    }
  }, drainMs);
  try {
    await app.close();
  } finally {
    clearTimeout(timer);
  }
  return { cut };
}

/**
 * Builds the app and listens.
 * @example const server = await startServer({port: 0}); console.log(server.url); await server.close();
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const app = await buildApp(options);
  const host = options.host ?? '127.0.0.1';
  try {
    await app.listen({ host, port: options.port ?? DEFAULT_PORT });
  } catch (error) {
    await app.close();
    throw error;
  }
  const open = new Set<Socket>();
  app.server.on('connection', (socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const drainMs = options.drainMs ?? DEFAULT_DRAIN_MS;
  const url = `http://${shownHost(host)}:${port}/`;
  const { accessToken } = app;
  const link = accessToken === undefined ? url : `${url}?token=${accessToken}`;
  return { app, url, link, close: () => closeWithin(app, open, drainMs) };
}
