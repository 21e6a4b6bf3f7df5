/** Starting and stopping the server: listen on a host and port, print nothing, close gracefully. */
import type { FastifyInstance } from 'fastify';
import { type AppOptions, buildApp } from './app.ts';

export interface ServerOptions extends AppOptions {
  /** Default 127.0.0.1: the workbench is for this machine only unless asked otherwise. */
  host?: string;
  /** Default 4173; 0 picks a free port. */
  port?: number;
}

export interface RunningServer {
  app: FastifyInstance;
  /** e.g. http://127.0.0.1:4173/ */
  url: string;
  /** Stops accepting connections, finishes in-flight requests, cancels jobs, closes the database. */
  close(): Promise<void>;
}

export const DEFAULT_PORT = 4173;

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
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return { app, url: `http://${shown}:${port}/`, close: () => app.close() };
}
