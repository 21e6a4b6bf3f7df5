/** One library version everywhere: the CLI's answers, the HTTP server and the web's loading of the library agree. */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { SourceFile } from '@casus/core';
import { loadLibraryState, type RunningServer, startServer } from '@casus/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFiles } from '../../web/src/engine/handlers.ts';
import { repoRoot } from './test-io.ts';

const run = promisify(execFile);

// A copy of the library with one place file changed, so that no surface can pass by reading the
// repository's own library instead of the one it is given.
const tmp = mkdtempSync(join(tmpdir(), 'casus-version-'));
const dir = join(tmp, 'library');
cpSync(join(repoRoot, 'library'), dir, { recursive: true });
const place = readdirSync(join(dir, 'places'))[0]!;
appendFileSync(join(dir, 'places', place), '\n# a comment changes the version\n');
const scenario = join(dir, 'scenarios', 'korea-invasion-2025.yaml');
const battery = join(tmp, 'battery.txt');
appendFileSync(battery, `${scenario}\n`);

/** The definition, computed here without core: sha256 of "<kind>/<file>\0<text>\0" in path order. */
function expectedVersion(root: string): string {
  const kinds = ['agreements', 'architectures', 'areas', 'bases', 'places', 'scenarios', 'sofas'];
  const paths = kinds
    .flatMap((k) => readdirSync(join(root, k)).map((f) => `${k}/${f}`))
    .filter((p) => p.endsWith('.yaml') && !p.endsWith('.cases.yaml'))
    .sort();
  const hash = createHash('sha256');
  for (const p of paths)
    hash
      .update(`${p}\0`)
      .update(readFileSync(join(root, p)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** An engine answer (its header) and a simulation answer (its model stamp), as far as they matter here. */
type Headed = { header: { libraryVersion: string } };
type Stamped = { model: { library: { sha256: string } } };

/** Runs the real binary on the copied library and parses its JSON answer. */
async function casusJson<T>(args: string[]): Promise<T> {
  const { stdout } = await run(process.execPath, ['packages/cli/bin/casus.js', ...args, '--json'], {
    cwd: repoRoot,
    env: { ...process.env, CASUS_LIBRARY: dir },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  return JSON.parse(stdout);
}

const simulate = ['--trials', '20', '--seed', '1', '--workers', '1'];
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({
    host: '127.0.0.1',
    port: 0,
    library: loadLibraryState(dir),
    workbenchDb: join(tmp, 'workbench.duckdb'),
  });
});
afterAll(async () => {
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('the library version', () => {
  const expected = expectedVersion(dir);

  it('is a hash of the files given (the copy differs from the repository library)', () => {
    expect(expected).toMatch(/^[0-9a-f]{16}$/);
    expect(expected).not.toBe(expectedVersion(join(repoRoot, 'library')));
  });

  it('is the same in casus obligations, run (both modes) and compare', async () => {
    const event = ['--date', '2024-11-01', '--event', 'CHN armed-attack JPN.senkaku'];
    const [obligations, honoured, probabilistic, compare] = await Promise.all([
      casusJson<Headed>(['obligations', ...event]),
      casusJson<Headed>(['run', scenario]),
      casusJson<Stamped>(['run', scenario, '--mode', 'probabilistic', ...simulate]),
      casusJson<Stamped>(['compare', battery, '--architectures', 'status-quo', ...simulate]),
    ]);
    expect({
      obligations: obligations.header.libraryVersion,
      run: honoured.header.libraryVersion,
      'run --mode probabilistic': probabilistic.model.library.sha256,
      compare: compare.model.library.sha256,
    }).toEqual({
      obligations: expected,
      run: expected,
      'run --mode probabilistic': expected,
      compare: expected,
    });
  }, 240_000);

  it('is the same in the HTTP server (health, answers) and in the web loading what it serves', async () => {
    const api = async (path: string, body?: unknown) => {
      const init = { method: 'POST', headers: { 'content-type': 'application/json' } };
      const r = await fetch(
        new URL(path, server.url),
        body ? { ...init, body: JSON.stringify(body) } : {},
      );
      return (await r.json()) as never;
    };
    const health: { library: { hash: string } } = await api('/api/health');
    const event = { actor: 'CHN', kind: 'armed-attack', target: { place: 'JPN.senkaku' } };
    const answer: Headed = await api('/api/obligations', { date: '2024-11-01', events: [event] });
    const served: { hash: string; files: SourceFile[] } = await api('/api/library');
    expect({
      health: health.library.hash,
      obligations: answer.header.libraryVersion,
      library: served.hash,
      web: loadFiles(served.files).hash,
    }).toEqual({ health: expected, obligations: expected, library: expected, web: expected });
  });
});
