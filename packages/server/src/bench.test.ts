import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadDistinct, loadRows, mixBodies, runServerBench } from './bench.ts';
import { cpuSeconds } from './process-cpu.ts';

const cpuMeasures = [
  'server process CPU (of one core)',
  'load generator CPU (this process, of one core)',
  'requests per server CPU second',
];

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

describe('loadRows', () => {
  it('counts a timed-out request once (autocannon counts timeouts among errors), and non-2xx answers', () => {
    const histogram = { average: 0, mean: 0, p50: 4, p99: 30, max: 40 };
    const result = {
      requests: { ...histogram, total: 500 },
      latency: histogram,
      duration: 2,
      errors: 3,
      timeouts: 2,
      non2xx: 1,
      '2xx': 496,
    };
    const rows = loadRows({ label: 'mix', result });
    expect(rows.map((r) => [r.name.replace(/ \(.*/, ''), r.value, r.ok])).toEqual([
      ['mix: throughput', 250, false],
      ['mix: p50 latency', 4, true],
      ['mix: p99 latency', 30, true],
      ['mix: failed requests', 4, false],
    ]);
  });

  it('with the CPU used meanwhile, says how much of a core the server and the generator took', () => {
    const histogram = { average: 0, mean: 0, p50: 4, p99: 30, max: 40 };
    const result = {
      requests: { ...histogram, total: 600 },
      latency: histogram,
      duration: 2,
      errors: 0,
      timeouts: 0,
      non2xx: 0,
      '2xx': 600,
    };
    const rows = loadRows({ label: 'mix', result, cpu: { server: 1.5, generator: 0.5 } });
    expect(rows.slice(4).map((r) => [r.name, r.value, r.unit])).toEqual([
      ['mix: server process CPU (of one core)', 75, '%'],
      ['mix: load generator CPU (this process, of one core)', 25, '%'],
      ['mix: requests per server CPU second', 400, 'req'],
    ]);
  });
});

describe('mixBodies', () => {
  it('gives the later mix bodies the first never sent', () => {
    const first = new Set(mixBodies(300, 1));
    expect(mixBodies(300, 2).filter((b) => first.has(b))).toEqual([]);
  });
});

describe('runServerBench', () => {
  it('loads the obligations route from this process against a child server: cache hits, then two mixes, then the server memory', async () => {
    const rows = await runServerBench({ durationSeconds: 1, connections: 2, mixSize: 30 });
    const names = rows.map((r) => r.name.replace(/\(\d+ (other )?requests,/, '(N $1requests,'));
    const mix =
      "api obligations, realistic mix on a new server (N requests, no body sent twice; the architectures' date stretches planned as it started)";
    const later = 'api obligations, realistic mix again (N other requests, none sent before)';
    const hit = 'api obligations, cache hit (one request repeated, world and answer cached)';
    // The CPU rows need /proc; where it is, the server's CPU during a load is more than nothing.
    const cpu = cpuSeconds(process.pid) === undefined ? [] : cpuMeasures;
    expect(names).toEqual([
      ...[mix, later, hit].flatMap((load) =>
        [
          'throughput',
          'p50 latency',
          'p99 latency',
          'failed requests (errors, timeouts included, and non-2xx answers)',
          ...cpu,
        ].map((m) => `${load}: ${m}`),
      ),
      'api server process peak RSS (after both loads)',
    ]);
    const per = 4 + cpu.length;
    if (cpu.length > 0) expect(rows[4]!.value).toBeGreaterThan(0);
    const sent = Number(/\((\d+) requests/.exec(rows[0]!.name)?.[1]);
    expect(sent).toBeGreaterThan(0);
    expect(sent).toBeLessThanOrEqual(30);
    for (const load of [0, 1, 2])
      expect(rows[load * per + 3]).toMatchObject({ value: 0, ok: true });
    expect(rows[3 * per]!.value).toBeGreaterThan(0);
  });
});
