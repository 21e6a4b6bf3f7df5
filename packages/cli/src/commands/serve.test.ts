import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';

const bin = resolve(import.meta.dirname, '..', '..', 'bin', 'casus.js');

describe('casus serve', () => {
  /** `casus serve ARGS` in this process, for arguments it refuses before it listens: its exit code and stderr. */
  async function refused(...args: string[]) {
    const err: string[] = [];
    const code = await main(['serve', ...args], {
      stdout: () => undefined,
      stderr: (t) => err.push(t),
      interactive: false,
    });
    return { code, stderr: err.join('') };
  }

  it('rejects a bad port', async () => {
    const { code, stderr } = await refused('--port', 'eighty');
    expect(code).toBe(1);
    expect(stderr).toContain('--port must be a number');
  });

  it('refuses a token too short to guard anything', async () => {
    const { code, stderr } = await refused('--token', 'short');
    expect(code).toBe(1);
    expect(stderr).toContain('--token: the token must be at least 16 characters');
  });

  /** `casus serve --port 0` as a child process, resolved with the link it prints once it listens. */
  async function serve(...args: string[]) {
    const dir = mkdtempSync(join(tmpdir(), 'casus-serve-'));
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], {
      env: { ...process.env, CASUS_WORKBENCH_DB: join(dir, 'w.duckdb') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const url = await new Promise<string>((done, fail) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const m = /Casus workbench: (http:\/\/[\d.]+:\d+\/(\?token=\S+)?)\n/.exec(out);
        if (m) done(m[1]!);
      });
      child.on('exit', (code) => fail(new Error(`exited ${code}`)));
    });
    const exit = new Promise<number | null>((done) => child.on('exit', done));
    return {
      url,
      /** SIGTERM, then the exit code, the milliseconds it took and what it said on stderr. */
      async stop() {
        const t0 = performance.now();
        child.kill('SIGTERM');
        const code = await exit;
        rmSync(dir, { recursive: true, force: true });
        return { code, ms: performance.now() - t0, stderr };
      },
    };
  }

  it('prints its URL, serves the API, and stops cleanly on SIGTERM', async () => {
    const server = await serve();
    const health = await fetch(new URL('/api/health', server.url));
    expect(health.status).toBe(200);
    const { code, stderr } = await server.stop();
    expect(code).toBe(0);
    expect(stderr).not.toContain('still open');
  });

  it('bound beyond loopback, prints a link with a new token that the API then requires', async () => {
    const server = await serve('--host', '0.0.0.0');
    const link = new URL(server.url);
    const token = link.searchParams.get('token')!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.hostname).not.toBe('0.0.0.0');
    const library = new URL('/api/library', link).href;
    expect((await fetch(library)).status).toBe(401);
    const bearer = { authorization: `Bearer ${token}` };
    expect((await fetch(library, { headers: bearer })).status).toBe(200);
    expect((await server.stop()).code).toBe(0);
  });

  it('stops within 5 s on SIGTERM while a client holds a connection that never sent a request', async () => {
    const server = await serve();
    const url = new URL(server.url);
    const idle = connect(Number(url.port), url.hostname);
    await new Promise((done) => idle.once('connect', done));
    // The server cuts the connection, which the client sees as a reset.
    const cut = new Promise((done) => idle.once('close', done));
    idle.on('error', () => undefined);
    const { code, ms, stderr } = await server.stop();
    await cut;
    expect(code).toBe(0);
    expect(ms).toBeLessThan(5000);
    expect(stderr).toContain('closed 1 connection(s) still open after 2 s');
  });
});
