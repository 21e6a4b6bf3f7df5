/** Test support: an app over the repository's library with a throw-away workbench database, and an event-stream reader. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type AppOptions, buildApp } from './app.ts';
import { type LibraryState, loadLibraryState } from './library-state.ts';
import { monteCarloJobRunners } from './monte-carlo-jobs.ts';
import { type RunningServer, type ServerOptions, startServer } from './start.ts';

let library: LibraryState | undefined;

/** The repository's library, loaded once per test file. */
export const testLibrary = (): LibraryState => {
  library ??= loadLibraryState();
  return library;
};

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'casus-server-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * An app with a temporary workbench database and no data database; `close` removes both.
 * @example const app = await testApp(); await app.inject('/api/health'); await app.close();
 */
export async function testApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const temp = tempDir();
  const app = await buildApp({
    library: testLibrary(),
    workbenchDb: join(temp.dir, 'workbench.duckdb'),
    dataDb: join(temp.dir, 'casus.duckdb'),
    ...options,
  });
  app.addHook('onClose', async () => temp.remove());
  return app;
}

/**
 * A test app whose job kinds are the ones `casus serve` offers, checks and all, over an engine
 * that fails at once: a request that passes every check cannot start a long run.
 * @example const app = await testAppWithoutEngine(); (await app.inject({method: 'POST', url: '/api/jobs', payload})).statusCode
 */
export function testAppWithoutEngine(): Promise<FastifyInstance> {
  const unreachable = () => Promise.reject(new Error('a job reached the engine'));
  const engine = { compare: unreachable, simulate: unreachable, sensitivity: unreachable };
  return testApp({ jobRunners: monteCarloJobRunners(testLibrary(), engine) });
}

/**
 * A real server on 127.0.0.1 (a free port) over the repository's library, with a throw-away
 * workbench database; `close` stops it and removes the folder.
 * @example const server = await testServer(); await fetch(new URL('/api/health', server.url)); await server.close();
 */
export async function testServer(options: ServerOptions = {}): Promise<RunningServer> {
  const temp = tempDir();
  const server = await startServer({
    port: 0,
    library: testLibrary(),
    workbenchDb: join(temp.dir, 'workbench.duckdb'),
    ...options,
  });
  const close = async () => {
    const closed = await server.close();
    temp.remove();
    return closed;
  };
  return { ...server, close };
}

/**
 * Starts a job on a real server and gives its id; any answer but 202 throws.
 * @example const id = await startJob(server.url, 'compare', {architectures: ['status-quo']})
 */
export async function startJob(server: string, kind: string, params: unknown): Promise<string> {
  const r = await fetch(new URL('/api/jobs', server), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kind, params }),
  });
  if (r.status !== 202) throw new Error(`the job was not started: ${r.status} ${await r.text()}`);
  return ((await r.json()) as { id: string }).id;
}

/** A Senkaku landing, the example every engine test starts from. */
export const senkakuEvent = {
  actor: 'CHN',
  kind: 'armed-attack',
  target: { place: 'JPN.senkaku' },
};

export interface SseEvent {
  event: string;
  data: unknown;
}

/**
 * Reads server-sent events until the stream ends, calling `onEvent` as each arrives.
 * @example const events = await readEvents(await fetch(url), (e) => e.event === 'progress' && cancel())
 */
export async function readEvents(
  response: Response,
  onEvent: (e: SseEvent) => void = () => undefined,
): Promise<SseEvent[]> {
  const events: SseEvent[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event && data) {
        const e = { event, data: JSON.parse(data) };
        events.push(e);
        onEvent(e);
      }
      end = buffer.indexOf('\n\n');
    }
  }
  return events;
}

/**
 * A designed pact for job requests: the library's exclusive Asian NATO under a new id.
 * @example {kind: 'compare', params: {architectures: ['status-quo'], extraAgreements: [testPact()]}}
 */
export const testPact = (id = 'test-pact', members?: string[]) => {
  const base = testLibrary().library.agreements.get('asian-nato-exclusive' as never)!;
  return { ...base, id, ...(members ? { members } : {}) };
};
