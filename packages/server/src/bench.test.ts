import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadDistinct, loadRows, memoryRows, mixBodies, runServerBench } from './bench.ts';
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

describe('memoryRows', () => {
  it('gives the peak, and the growth from the first third to the last, held below 50 MB', () => {
    const flat = memoryRows('misses', [300, 420, 450, 455, 452, 458]);
    expect(flat.map((r) => [r.name.replace(/ \(.*/, ''), r.value, r.target, r.ok])).toEqual([
      ['misses: server RSS peak', 458, '', true],
      ['misses: server RSS growth', 38, '< 50', true],
    ]);
    // A leak: still climbing after the caches filled.
    expect(memoryRows('misses', [300, 400, 430, 460, 490, 520])[1]).toMatchObject({
      value: 120,
      ok: false,
    });
    expect(memoryRows('misses', [])).toEqual([]);
  });
});

describe('loadRows targets', () => {
  it('holds a load to no throughput or latency target when given none', () => {
    const histogram = { average: 0, mean: 0, p50: 40, p99: 300, max: 400 };
    const result = {
      requests: { ...histogram, total: 500 },
      latency: histogram,
      duration: 2,
      errors: 0,
      timeouts: 0,
      non2xx: 0,
      '2xx': 500,
    };
    const rows = loadRows({ label: 'misses', result, targets: {} });
    expect(rows.slice(0, 3).map((r) => [r.target, r.ok])).toEqual([
      ['', true],
      ['', true],
      ['', true],
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
  it('loads the obligations route from this process against a child server: cache hits, two mixes, world-cache misses, then the server memory', async () => {
    const rows = await runServerBench({
      durationSeconds: 1,
      connections: 2,
      mixSize: 30,
      missSeconds: 1,
      jobTrials: 4096,
    });
    const names = rows.map((r) =>
      r.name
        .replace(/\([\d,]+ (other )?requests,/, '(N $1requests,')
        .replace(/; \d+ requests,/, '; N requests,')
        .replace(/× \d+ architectures/, '× N architectures'),
    );
    const mix =
      "api obligations, realistic mix on a new server (N requests, no body sent twice; the architectures' date stretches planned as it started)";
    const later = 'api obligations, realistic mix again (N other requests, none sent before)';
    const miss =
      'api obligations, world-cache misses: distinct random dates and places (N requests, no date and architecture asked twice before all are, over 1 s)';
    const hit = 'api obligations, cache hit (one request repeated, world and answer cached)';
    // The CPU rows need /proc; where it is, the server's CPU during a load is more than nothing.
    const cpu = cpuSeconds(process.pid) === undefined ? [] : cpuMeasures;
    const measures = (load: string) =>
      [
        'throughput',
        'p50 latency',
        'p99 latency',
        'failed requests (errors, timeouts included, and non-2xx answers)',
        ...cpu,
      ].map((m) => `${load}: ${m}`);
    const memory =
      cpu.length === 0
        ? []
        : [
            `${miss}: server RSS peak (sampled through the load)`,
            `${miss}: server RSS growth (peak of the last third of the load less that of the first)`,
          ];
    expect(names).toEqual([
      ...measures(mix),
      ...measures(later),
      ...measures(miss),
      ...memory,
      ...measures(hit),
      'GET /api/health p99 during a full-battery compare job (every scenario × N architectures, 4,096 trials; N requests, one at a time)',
      'GET /api/health slowest during a full-battery compare job (every scenario × N architectures, 4,096 trials; N requests, one at a time)',
      'api server process peak RSS (after every load)',
    ]);
    expect(rows.at(-3)).toMatchObject({ unit: 'ms', target: '< 100' });
    expect(rows.at(-2)!.value).toBeGreaterThanOrEqual(rows.at(-3)!.value);
    const per = 4 + cpu.length;
    if (cpu.length > 0) expect(rows[4]!.value).toBeGreaterThan(0);
    const sent = Number(/\((\d+) requests/.exec(rows[0]!.name)?.[1]);
    expect(sent).toBeGreaterThan(0);
    expect(sent).toBeLessThanOrEqual(30);
    for (const at of [3, per + 3, 2 * per + 3, 3 * per + memory.length + 3])
      expect(rows[at]).toMatchObject({ value: 0, ok: true });
    // The misses are held to no throughput or latency target; their memory growth is.
    expect(rows.slice(2 * per, 2 * per + 3).map((r) => r.target)).toEqual(['', '', '']);
    if (memory.length > 0) {
      expect(rows[3 * per]!.value).toBeGreaterThan(50);
      expect(rows[3 * per + 1]!.target).toBe('< 50');
    }
    expect(rows.at(-1)!.value).toBeGreaterThan(0);
    // Five short loads, then a compare job of the whole battery on a thread that loads first.
  }, 150_000);
});
