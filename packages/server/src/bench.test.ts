import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadDistinct, runServerBench } from './bench.ts';

// Tiny loads: these check what the bench measures, not how fast (timed unit tests are not allowed).
describe('loadDistinct', () => {
  it('sends each body once, and no more requests than there are bodies', async () => {
    const received: string[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        received.push(body);
        res.end('{}');
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const bodies = Array.from({ length: 40 }, (_, i) => JSON.stringify({ i }));
    const result = await loadDistinct(`http://127.0.0.1:${port}/`, bodies, 4, 20);
    server.close();
    expect(result.requests.total).toBe(40);
    expect(new Set(received).size).toBe(received.length);
    expect([...received].sort()).toEqual([...bodies].sort());
  });
});

describe('runServerBench', () => {
  it('loads the obligations route from this process against a child server: cache hits, then the mix, then the server memory', async () => {
    const rows = await runServerBench({ durationSeconds: 1, connections: 2, mixSize: 30 });
    const names = rows.map((r) => r.name.replace(/\(\d+ requests,/, '(N requests,'));
    const mix = 'api obligations, realistic mix (N requests, no body sent twice)';
    const hit = 'api obligations, cache hit (one request repeated, world and answer cached)';
    expect(names).toEqual([
      ...[mix, hit].flatMap((load) =>
        [
          'throughput',
          'p50 latency',
          'p99 latency',
          'failed requests (errors, timeouts, non-2xx answers)',
        ].map((m) => `${load}: ${m}`),
      ),
      'api server process peak RSS (after both loads)',
    ]);
    const sent = Number(/\((\d+) requests/.exec(rows[0]!.name)?.[1]);
    expect(sent).toBeGreaterThan(0);
    expect(sent).toBeLessThanOrEqual(30);
    expect(rows[3]).toMatchObject({ value: 0, ok: true });
    expect(rows[7]).toMatchObject({ value: 0, ok: true });
    expect(rows[8]!.value).toBeGreaterThan(0);
  });
});
