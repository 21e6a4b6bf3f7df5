/** Test support: an app over the repository's library with a throw-away workbench database. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type AppOptions, buildApp } from './app.ts';
import { type LibraryState, loadLibraryState } from './library-state.ts';

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

/** A Senkaku landing, the example every engine test starts from. */
export const senkakuEvent = {
  actor: 'CHN',
  kind: 'armed-attack',
  target: { place: 'JPN.senkaku' },
};
