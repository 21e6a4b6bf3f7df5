/** `casus serve`: the workbench (JSON API and web app) on localhost, until SIGINT or SIGTERM. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatIssue } from '@casus/core';
import {
  DEFAULT_DRAIN_MS,
  DEFAULT_PORT,
  loadLibraryState,
  startServer,
  tokenProblem,
} from '@casus/server';
import { parseFlags } from '../args.ts';
import { type Command, EXIT, UsageError } from '../command.ts';

const usage = `Usage: casus serve [--host HOST] [--port PORT] [--token TOKEN] [--library DIR] [--reliability FILE]

Serves the Casus workbench: the web app (packages/web/dist) and the JSON API under /api
(its OpenAPI document is /api/openapi.json). Its jobs are Monte Carlo runs on worker threads:
\`compare\` (as \`casus compare --json\`) and \`simulate\` (as \`casus run --mode probabilistic
--json\`). Before it listens it plans every architecture's stretches of dates (a few seconds),
so that no request waits for one. Runs until Ctrl-C (SIGINT) or SIGTERM, then cancels running jobs,
gives requests in flight ${DEFAULT_DRAIN_MS / 1000} s to finish, closes every connection still open
(an idle keep-alive one included) and closes the database.

Options:
  --host HOST     the address to bind (default 127.0.0.1: this machine only); beyond loopback
                  (0.0.0.0, a network address) the API requires an access token
  --port PORT     the port (default ${DEFAULT_PORT}; 0 picks a free one)
  --token TOKEN   the access token (default $CASUS_TOKEN, else a new random one when bound beyond
                  loopback, printed once in the link http://HOST:PORT/?token=…; that link gives
                  the browser a cookie). Scripts send \`Authorization: Bearer TOKEN\`; every /api
                  route but /api/health answers 401 without it. Given, it is required on loopback too.
                  At least 16 characters: letters, digits, - _ . ~
  --library DIR   the library folder (default: the repository's library/, or $CASUS_LIBRARY)
  --reliability F reliability model for the jobs, fitted or hand-set (default <library>/models/reliability-fitted.yaml)
Saved scenarios and architectures are kept in $CASUS_WORKBENCH_DB
(default ~/.local/share/casus/workbench.duckdb).
Exit codes: 0 stopped by a signal, 1 bad arguments or the port is taken, 2 internal error.`;

function parsePort(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PORT;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535)
    throw new UsageError(`--port must be a number from 0 to 65535, not "${text}"`);
  return port;
}

/** Resolves on the first SIGINT or SIGTERM. */
const nextSignal = () =>
  new Promise<string>((done) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop).off('SIGTERM', stop);
      done(signal);
    };
    process.on('SIGINT', stop).on('SIGTERM', stop);
  });

export const serveCommand: Command = {
  name: 'serve',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {
      host: { type: 'string' },
      port: { type: 'string' },
      library: { type: 'string' },
      reliability: { type: 'string' },
      token: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const port = parsePort(values.port);
    const token = values.token ?? (process.env.CASUS_TOKEN || undefined);
    const problem = token === undefined ? undefined : tokenProblem(token);
    if (problem)
      throw new UsageError(
        `${values.token === undefined ? '$CASUS_TOKEN' : '--token'}: ${problem}`,
      );
    const libraryDir = values.library === undefined ? undefined : resolve(values.library);
    if (libraryDir && !existsSync(libraryDir))
      throw new UsageError(`no such library folder: ${values.library}`);
    const library = loadLibraryState(libraryDir);
    if (library.issues.length > 0)
      io.stderr(
        `casus serve: the library has ${library.issues.length} problem(s); see \`casus validate ${library.dir}\``,
      );
    let server: Awaited<ReturnType<typeof startServer>>;
    try {
      server = await startServer({
        host: values.host ?? '127.0.0.1',
        port,
        library,
        reliability: values.reliability,
        token,
        planAhead: true,
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTFOUND' || code === 'EADDRNOTAVAIL' || code === 'EAI_AGAIN') {
        io.stderr(
          `casus serve: cannot listen on --host ${values.host}: it is not an address of this machine (${code}); give one such as 127.0.0.1`,
        );
        return EXIT.badInput;
      }
      if (code !== 'EADDRINUSE') throw error;
      io.stderr(
        `casus serve: port ${port} is in use; choose another with --port (0 picks a free one)`,
      );
      return EXIT.badInput;
    }
    const { jobIssues } = server.app;
    if (jobIssues.length > 0)
      io.stderr(
        `casus serve: no Monte Carlo jobs (the plain honoured comparison instead):\n${jobIssues.map(formatIssue).join('\n\n')}`,
      );
    // Listen for the signal before saying the server is up: a supervisor (or a test) may send
    // SIGTERM the moment it reads the URL, and the default action would skip the shutdown.
    const stopped = nextSignal();
    io.stdout(`Casus workbench: ${server.link}`);
    const signal = await stopped;
    io.stderr(`casus serve: ${signal}, shutting down`);
    const { cut } = await server.close();
    if (cut > 0)
      io.stderr(
        `casus serve: closed ${cut} connection(s) still open after ${DEFAULT_DRAIN_MS / 1000} s`,
      );
    return EXIT.ok;
  },
};
