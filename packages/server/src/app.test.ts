import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './start.ts';
import { senkakuEvent, tempDir, testApp, testLibrary } from './testing.ts';

describe('errors and headers', () => {
  it('answers a throwing handler with {error: {code: internal}} and no stack', async () => {
    const app = await testApp();
    app.get('/api/boom', () => {
      throw new Error('secret detail at /home/x/file.ts:12');
    });
    const r = await app.inject('/api/boom');
    expect(r.statusCode).toBe(500);
    expect(r.json()).toEqual({
      error: { code: 'internal', message: 'internal error: see the server log' },
    });
    expect(r.body).not.toContain('secret');
    await app.close();
  });

  it('puts security headers on API answers, errors and the web app', async () => {
    const app = await testApp();
    for (const url of ['/api/health', '/api/nothing', '/']) {
      const r = await app.inject(url);
      expect(r.headers['content-security-policy']).toContain("default-src 'self'");
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
      expect(r.headers['x-frame-options']).toBe('DENY');
      expect(r.headers['cross-origin-opener-policy']).toBe('same-origin');
    }
    await app.close();
  });

  it('says so when the web app is not built, while the API works', async () => {
    const temp = tempDir();
    const app = await testApp({ webDist: temp.dir });
    const r = await app.inject('/scenarios/x');
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('npm run build -w @casus/web');
    expect((await app.inject('/api/health')).statusCode).toBe(200);
    await app.close();
    temp.remove();
  });
});

describe('a server listening on 127.0.0.1', () => {
  let server: RunningServer;
  let web: { dir: string; remove(): void };
  let db: { dir: string; remove(): void };
  beforeAll(async () => {
    web = tempDir();
    const { writeFileSync, mkdirSync } = await import('node:fs');
    writeFileSync(`${web.dir}/index.html`, '<!doctype html><title>app</title>');
    mkdirSync(`${web.dir}/assets`);
    writeFileSync(`${web.dir}/assets/app.js`, 'console.log(1)');
    db = tempDir();
    server = await startServer({
      port: 0,
      library: testLibrary(),
      webDist: web.dir,
      workbenchDb: `${db.dir}/w.duckdb`,
    });
  });
  afterAll(async () => {
    await server.close();
    web.remove();
    db.remove();
  });

  /** A GET with the path sent exactly as given (fetch would normalise the dots away). */
  const rawGet = (path: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(server.url);
      const req = request({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
        let body = '';
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });

  it('binds to 127.0.0.1 and answers fetch', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const r = await fetch(new URL('/api/obligations', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ date: '2024-11-01', events: [senkakuEvent] }),
    });
    expect(r.status).toBe(200);
    const body = (await r.json()) as {
      findings: { obligor: string; beneficiary: string; fired: boolean; obligation: string }[];
    };
    expect(body.findings).toContainEqual(
      expect.objectContaining({
        obligor: 'USA',
        beneficiary: 'JPN',
        fired: true,
        obligation: 'must-defend',
      }),
    );
  });

  it('serves files and falls back to index.html for app routes', async () => {
    expect(await fetch(new URL('/assets/app.js', server.url)).then((r) => r.text())).toBe(
      'console.log(1)',
    );
    expect(await fetch(new URL('/scenarios/senkaku', server.url)).then((r) => r.text())).toContain(
      '<title>app</title>',
    );
    expect((await fetch(new URL('/assets/missing.js', server.url))).status).toBe(404);
  });

  it.each([
    '/../../etc/passwd',
    '/assets/../../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/..%5c..%5cetc%5cpasswd',
    '/%00/etc/passwd',
  ])('refuses directory traversal: %s', async (path) => {
    const r = await rawGet(path);
    expect([400, 404]).toContain(r.status);
    expect(r.body).not.toContain('root:');
  });

  it('answers bad percent-encoding with 400', async () => {
    expect((await rawGet('/%E0%A4%A')).status).toBe(400);
  });
});
