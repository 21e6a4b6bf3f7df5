import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';

const bin = resolve(import.meta.dirname, '..', '..', 'bin', 'casus.js');

describe('casus serve', () => {
  it('rejects a bad port', async () => {
    const err: string[] = [];
    const code = await main(['serve', '--port', 'eighty'], {
      stdout: () => undefined,
      stderr: (t) => err.push(t),
      interactive: false,
    });
    expect(code).toBe(1);
    expect(err.join('')).toContain('--port must be a number');
  });

  it('prints its URL, serves the API, and stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casus-serve-'));
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], {
      env: { ...process.env, CASUS_WORKBENCH_DB: join(dir, 'w.duckdb') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((done, fail) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const m = /Casus workbench: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) done(m[1]!);
      });
      child.on('exit', (code) => fail(new Error(`exited ${code}`)));
    });
    const health = await fetch(new URL('/api/health', url));
    expect(health.status).toBe(200);
    const exit = new Promise<number | null>((done) => child.on('exit', done));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });
});
