import * as crypto from 'node:crypto';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { accessTokenFor, isLoopback, TOKEN_COOKIE, tokenProblem } from './access-token.ts';
import type { RunningServer } from './start.ts';
import { testServer } from './testing.ts';

// Watched, to see that the token is compared in constant time.
vi.mock('node:crypto', async (original) => {
  const actual = await original<typeof crypto>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

/** An address of this machine beyond loopback, if it has one; else loopback, which 0.0.0.0 also binds. */
const reachable =
  Object.values(networkInterfaces())
    .flat()
    .find((a) => a?.family === 'IPv4' && !a.internal)?.address ?? '127.0.0.1';

describe('the access token of a server bound beyond loopback', () => {
  let server: RunningServer;
  let token: string;
  const at = (path: string) => `http://${reachable}:${new URL(server.url).port}${path}`;
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(at(path), { headers, redirect: 'manual' });
  beforeAll(async () => {
    server = await testServer({ host: '0.0.0.0' });
    token = server.app.accessToken!;
  });
  afterAll(() => server.close());

  it('is new, random and printed in the link', async () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(server.link).toBe(`${server.url}?token=${token}`);
    // The link names an address a browser may use: the Host check refuses 0.0.0.0.
    expect(new URL(server.url).hostname).toBe(reachable);
    expect((await fetch(new URL('/api/health', server.url))).status).toBe(200);
    expect(accessTokenFor('0.0.0.0', undefined)).not.toBe(token);
  });

  it('answers 401 in the one error shape without it, on every /api route but /api/health', async () => {
    expect((await get('/api/health')).status).toBe(200);
    const paths = ['/api/library', '/api/jobs/x', '/api/no-such-route', '/api', '/%61pi/library'];
    for (const path of paths) {
      const r = await get(path);
      expect(r.status).toBe(401);
      expect(r.headers.get('www-authenticate')).toBe('Bearer');
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      expect(await r.json()).toMatchObject({
        error: { code: 'unauthorized', message: expect.any(String), hint: expect.any(String) },
      });
    }
    const post = await fetch(at('/api/jobs'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'compare', params: { architectures: ['status-quo'] } }),
    });
    expect(post.status).toBe(401);
  });

  it('answers with the bearer token, compared in constant time, and not with another', async () => {
    vi.mocked(crypto.timingSafeEqual).mockClear();
    expect((await get('/api/library', { authorization: `Bearer ${token}` })).status).toBe(200);
    expect(crypto.timingSafeEqual).toHaveBeenCalled();
    const other = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect((await get('/api/library', { authorization: `Bearer ${other}` })).status).toBe(401);
    expect((await get('/api/library', { authorization: token })).status).toBe(401);
    expect((await get('/api/library', { cookie: `${TOKEN_COOKIE}=${other}` })).status).toBe(401);
  });

  it('gives a page opened with ?token= an HttpOnly, SameSite=Strict cookie that then answers', async () => {
    const page = await get(`/scenario/x?token=${token}`);
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/scenario/x');
    const cookie = page.headers.get('set-cookie')!;
    expect(cookie.split('; ')).toEqual([
      `${TOKEN_COOKIE}=${token}`,
      'Path=/',
      'HttpOnly',
      'SameSite=Strict',
    ]);
    const sent = { cookie: `theme=dark; ${cookie.split(';')[0]}` };
    expect((await get('/api/library', sent)).status).toBe(200);
    expect((await get('/?token=wrong')).status).toBe(401);
  });
});

describe('a server on loopback', () => {
  it('needs no token, as before, unless one is given', async () => {
    const open = await testServer();
    expect(open.app.accessToken).toBeUndefined();
    expect(open.link).toBe(open.url);
    expect((await fetch(new URL('/api/library', open.url))).status).toBe(200);
    await open.close();
    const given = await testServer({ token: 'a-given-token-0123' });
    expect((await fetch(new URL('/api/library', given.url))).status).toBe(401);
    const bearer = { authorization: 'Bearer a-given-token-0123' };
    expect((await fetch(new URL('/api/library', given.url), { headers: bearer })).status).toBe(200);
    await given.close();
  });

  it('is told apart from a binding beyond it', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1'].map(isLoopback)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['0.0.0.0', '::', '192.168.1.5', '128.0.0.1'].map(isLoopback)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('tokenProblem', () => {
  it('refuses a token too short or with characters a URL or a cookie would mangle', () => {
    expect(tokenProblem('0123456789abcdef')).toBeUndefined();
    expect(tokenProblem('short')).toMatch(/at least 16/);
    expect(tokenProblem('0123456789abcdef; x')).toMatch(/letter, digit/);
  });
});

const CHROMIUM = process.env.CASUS_CHROMIUM ?? '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM))('the token link in Chromium', () => {
  it('leaves the address without the token, and the page’s own requests answered', async () => {
    const server = await testServer({ host: '0.0.0.0' });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const origin = `http://${reachable}:${new URL(server.url).port}`;
      const status = (page: Page) =>
        page.evaluate(async () => (await fetch('/api/library')).status);
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${origin}/?token=${server.app.accessToken}`);
      expect(page.url()).toBe(`${origin}/`);
      expect(await status(page)).toBe(200);
      await page.reload();
      expect(await status(page)).toBe(200);
      const stranger = await (await browser.newContext()).newPage();
      await stranger.goto(`${origin}/`);
      expect(await status(stranger)).toBe(401);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
