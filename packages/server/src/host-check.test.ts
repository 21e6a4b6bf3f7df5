import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedHostnames } from './host-check.ts';
import { testApp, testServer } from './testing.ts';

type App = Awaited<ReturnType<typeof testApp>>;

describe('the Host and Origin check (DNS rebinding)', () => {
  let app: App;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(() => app.close());

  it('answers requests addressed to a loopback name, with or without a port', async () => {
    for (const host of ['localhost:4173', '127.0.0.1:4173', '[::1]:4173', 'LOCALHOST', '127.0.0.1'])
      expect((await app.inject({ url: '/api/health', headers: { host } })).statusCode).toBe(200);
  });

  it('refuses a rebound name with 403 in the error shape and the security headers', async () => {
    const r = await app.inject({
      method: 'PUT',
      url: '/api/saved/architectures/x',
      headers: { host: 'attacker.example:4599' },
      payload: {},
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.code).toBe('forbidden_host');
    expect(r.headers['x-frame-options']).toBe('DENY');
    // The web app's pages are refused too: a rebound page could read them otherwise.
    const page = await app.inject({ url: '/', headers: { host: 'attacker.example' } });
    expect(page.statusCode).toBe(403);
  });

  it('refuses a request a page on another origin sends, and accepts the server’s own pages', async () => {
    const foreign = await app.inject({
      method: 'POST',
      url: '/api/obligations',
      headers: { host: '127.0.0.1:4173', origin: 'https://attacker.example' },
      payload: {},
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('forbidden_origin');
    for (const origin of ['http://127.0.0.1:4173', 'null']) {
      const r = await app.inject({
        url: '/api/health',
        headers: { host: '127.0.0.1:4173', origin },
      });
      expect(r.statusCode).toBe(origin === 'null' ? 403 : 200);
    }
  });

  it('allows the bound address beside the loopback names', () => {
    expect([...allowedHostnames('192.168.1.5')]).toEqual([
      'localhost',
      '127.0.0.1',
      '[::1]',
      '192.168.1.5',
    ]);
    expect(allowedHostnames('fe80::1').has('[fe80::1]')).toBe(true);
    expect(allowedHostnames('0.0.0.0').has('127.0.0.1')).toBe(true);
  });
});

describe('Fastify’s and Node’s own errors', () => {
  let app: App;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(() => app.close());

  it('answers a path with bad percent-encoding in the error shape with the security headers', async () => {
    const r = await app.inject('/api/agreements/%E0%A4%A');
    expect(r.statusCode).toBe(400);
    expect(r.json()).toEqual({
      error: { code: 'bad_url', message: 'the path is not valid percent-encoding' },
    });
    expect(r.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('echoes an over-long path cut, not whole', async () => {
    const r = await app.inject(`/api/agreements/${'a'.repeat(600)}/x`);
    expect(r.statusCode).toBe(404);
    expect(r.json().error.message.length).toBeLessThan(160);
  });

  it('answers headers too large for Node’s parser (431) in the error shape with the security headers', async () => {
    const server = await testServer();
    const url = new URL(server.url);
    const reply = await new Promise<string>((done, fail) => {
      const socket = connect(Number(url.port), url.hostname, () =>
        socket.write(
          `GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
        ),
      );
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk;
      });
      socket.on('end', () => done(text));
      socket.on('error', fail);
    });
    await server.close();
    const [head, body] = reply.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head).toContain('x-frame-options: DENY');
    expect(JSON.parse(body!)).toEqual({
      error: { code: 'headers_too_large', message: 'the request headers are too large' },
    });
  });
});
