/** The API's throughput and latency under a realistic mix, under world-cache misses and under cache hits, measured from this process against a server in a child process. */
import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchRow, benchRow } from '@casus/core';
import autocannon, { type Result } from 'autocannon';
import { cacheMissLoad } from './cache-miss-load.ts';
import { healthDuringJob } from './health-during-job.ts';
import { loadLibraryState } from './library-state.ts';
import { type ObligationsBody, obligationsMix } from './obligations-mix.ts';
import { cpuSeconds } from './process-cpu.ts';
import { sampleRss } from './process-memory.ts';
import { senkakuEvent } from './testing.ts';

export interface BenchOptions {
  /** The time bound of each load, in seconds (default 10). */
  durationSeconds?: number;
  connections?: number;
  /** The count bound of the mix: at most this many requests, each with a body of its own (default 40,000). */
  mixSize?: number;
  /** The time bound of the world-cache-miss load, in seconds (default 30: long enough to fill every cache and then show whether memory still grows). */
  missSeconds?: number;
  /** Trials of the compare job /api/health is timed during (default 200,000). */
  jobTrials?: number;
}

const here = dirname(fileURLToPath(import.meta.url));

interface Server {
  child: ChildProcess;
  url: string;
  /** Stops the server and resolves with its peak resident memory in MB, which it prints as it exits. */
  stop(): Promise<number>;
}

/** Starts bench-server.ts under tsx and waits for the URL it prints. */
function startChildServer(): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'bench-server.ts')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
    const report = JSON.parse(out.split('\n')[1] || '{}') as { peakRssMb?: number };
    return report.peakRssMb ?? Number.NaN;
  };
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      const started = !out.includes('\n');
      out += chunk;
      const line = out.split('\n')[0];
      if (started && out.includes('\n') && line) resolve({ child, url: line.trim(), stop });
    });
    child.once('exit', (code) => reject(new Error(`the bench server exited with ${code}`)));
  });
}

/** CPU seconds the server process and the load generator (this process) used during a load. */
export interface LoadCpu {
  server: number;
  generator: number;
}

export interface Load {
  label: string;
  result: Result;
  /** Absent where the CPU time of the server process cannot be read (no /proc). */
  cpu?: LoadCpu | undefined;
  /** The throughput floor and p99 ceiling it is held to; without, those of the API (2000 req/s, 50 ms). */
  targets?: { throughput?: number; p99?: number };
}

const API_TARGETS = { throughput: 2000, p99: 50 };

/**
 * Runs a load, with the CPU time the server process (`serverPid`) and this process used meanwhile.
 * @example const {result, cpu} = await withCpu(server.child.pid, () => loadDistinct(url, bodies, 50, 10))
 */
export async function withCpu(
  serverPid: number | undefined,
  load: () => Promise<Result>,
): Promise<{ result: Result; cpu: LoadCpu | undefined }> {
  const server = serverPid === undefined ? undefined : cpuSeconds(serverPid);
  const generator = process.cpuUsage();
  const result = await load();
  const used = process.cpuUsage(generator);
  const after = serverPid === undefined ? undefined : cpuSeconds(serverPid);
  const cpu =
    server === undefined || after === undefined
      ? undefined
      : { server: after - server, generator: (used.user + used.system) / 1e6 };
  return { result, cpu };
}

/**
 * Four rows for one load: throughput over its whole duration, p50 and p99 latency, failures
 * (autocannon's `errors` already count its `timeouts`); with `cpu`, three more that say what
 * bounds it: the server's and the load generator's CPU as a share of one core (a server at 100%
 * is bound by its one JavaScript thread; GC threads can take it past), and requests per second of
 * server CPU, the figure least moved by other work on a shared machine.
 * @example loadRows({label: 'mix', result}).map((r) => r.name) // ['mix: throughput', 'mix: p50 latency', …]
 */
export function loadRows({ label, result, cpu, targets = API_TARGETS }: Load): BenchRow[] {
  const perSecond = result.requests.total / result.duration;
  const failures = result.errors + result.non2xx;
  const share = (seconds: number) => (100 * seconds) / result.duration;
  return [
    benchRow(`${label}: throughput`, perSecond, 'req/s', { atLeast: targets.throughput }),
    benchRow(`${label}: p50 latency`, result.latency.p50, 'ms'),
    benchRow(`${label}: p99 latency`, result.latency.p99, 'ms', { below: targets.p99 }),
    {
      name: `${label}: failed requests (errors, timeouts included, and non-2xx answers)`,
      value: failures,
      unit: 'requests',
      target: '= 0',
      ok: failures === 0,
    },
    ...(cpu
      ? [
          benchRow(`${label}: server process CPU (of one core)`, share(cpu.server), '%'),
          benchRow(
            `${label}: load generator CPU (this process, of one core)`,
            share(cpu.generator),
            '%',
          ),
          benchRow(
            `${label}: requests per server CPU second`,
            result.requests.total / cpu.server,
            'req',
          ),
        ]
      : []),
  ];
}

/** Memory is bounded if, once the caches are full, it grows less than this between the first and last third of a load (an assumption: the world, plan and answer caches fill within seconds, and 50 MB is well above the noise of the garbage collector). */
const GROWTH_BOUND_MB = 50;

/**
 * Two rows from the server's resident memory sampled through a load: its peak, and the growth
 * from the peak of the first third of the samples to the peak of the last third, held below
 * 50 MB; none where no sample could be taken (no /proc).
 * @example memoryRows('misses', [300, 420, 450, 455, 452, 458]).map((r) => r.value) // [458, 38]
 */
export function memoryRows(label: string, samples: number[]): BenchRow[] {
  if (samples.length === 0) return [];
  const third = Math.max(1, Math.floor(samples.length / 3));
  const growth = Math.max(...samples.slice(-third)) - Math.max(...samples.slice(0, third));
  return [
    benchRow(`${label}: server RSS peak (sampled through the load)`, Math.max(...samples), 'MB'),
    benchRow(
      `${label}: server RSS growth (peak of the last third of the load less that of the first)`,
      growth,
      'MB',
      { below: GROWTH_BOUND_MB },
    ),
  ];
}

/**
 * Sends each of `bodies` at most once, in order, shared by every connection; stops when they run
 * out or after `duration` seconds, whichever comes first.
 * @example (await loadDistinct(url, ['{"a":1}', '{"a":2}'], 1, 5)).requests.total // 2
 */
export function loadDistinct(url: string, bodies: string[], connections: number, duration: number) {
  let next = 0;
  return autocannon({
    url,
    connections,
    duration,
    maxOverallRequests: bodies.length,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => {
          const body = bodies[next++];
          if (body === undefined) throw new Error('the mix ran out of distinct bodies');
          return { ...request, body };
        },
      },
    ],
  });
}

/**
 * The distinct bodies of the realistic mix, as JSON; another seed gives other bodies.
 * @example mixBodies(10).length // 10
 */
export function mixBodies(count: number, seed = 1): string[] {
  const { library } = loadLibraryState();
  return obligationsMix(library, { count, seed }).map((b: ObligationsBody) => JSON.stringify(b));
}

/**
 * The bodies of the world-cache-miss load, as JSON: as many as the load could send at 5,000 req/s.
 * @example missBodies(30).length // 150000
 */
export function missBodies(seconds: number, seed = 3): string[] {
  const { library } = loadLibraryState();
  return cacheMissLoad(library, { count: seconds * 5000, seed }).map((b) => JSON.stringify(b));
}

/**
 * Loads POST /api/obligations from `connections` connections against the server in a second
 * process on 127.0.0.1: one request repeated (answered from the world and answer caches), then a
 * realistic mix (distinct events, places, coordinates, dates 1950–2026 and architectures drawn
 * from the library, no body sent twice), first on the server just started (which planned the
 * architectures' stretches of dates before it listened, as `casus serve` does), then again with
 * other bodies, then world-cache misses (no date and architecture asked twice, random places and
 * points anywhere) for `missSeconds` with the server's memory sampled throughout; last, /api/health
 * while a full-battery compare job runs (`jobTrials`). Each load is bounded in time
 * (`durationSeconds`), the mixes also in count (`mixSize`).
 * @example (await runServerBench({durationSeconds: 10})).map((r) => `${r.name} ${r.value} ${r.unit}`)
 */
export async function runServerBench(options: BenchOptions = {}): Promise<BenchRow[]> {
  const duration = options.durationSeconds ?? 10;
  const connections = options.connections ?? 50;
  const bodies = mixBodies(options.mixSize ?? 40_000, 1);
  const laterBodies = mixBodies(options.mixSize ?? 40_000, 2);
  const missSeconds = options.missSeconds ?? 30;
  const misses = missBodies(missSeconds);
  const server = await startChildServer();
  try {
    const url = new URL('/api/obligations', server.url).href;
    const repeated = (seconds: number) =>
      autocannon({
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          date: '2024-11-01',
          architecture: 'status-quo',
          events: [senkakuEvent],
        }),
        connections,
        duration: seconds,
      });
    // A second of warm-up (the JIT, the one world), then the cache hits, then the mix: the mix
    // evicts that world and leaves a backlog that would slow whatever load came after it.
    await repeated(1);
    const pid = server.child.pid;
    const hit = await withCpu(pid, () => repeated(duration));
    const mix = await withCpu(pid, () => loadDistinct(url, bodies, connections, duration));
    const laterMix = await withCpu(pid, () =>
      loadDistinct(url, laterBodies, connections, duration),
    );
    // Last, as it evicts every world the others used; its memory is sampled on its own.
    const sampler = pid === undefined ? undefined : sampleRss(pid, 250);
    const miss = await withCpu(pid, () => loadDistinct(url, misses, connections, missSeconds));
    const missRss = sampler?.stop() ?? [];
    const architectures = [...loadLibraryState().library.architectures.keys()];
    const health = await healthDuringJob(server.url, architectures, options.jobTrials ?? 200_000);
    const peakRssMb = await server.stop();
    const count = (r: Result) => r.requests.total.toLocaleString('en-US');
    const missLabel = `api obligations, world-cache misses: distinct random dates and places (${count(miss.result)} requests, no date and architecture asked twice before all are, over ${missSeconds} s)`;
    return [
      ...loadRows({
        label: `api obligations, realistic mix on a new server (${count(mix.result)} requests, no body sent twice; the architectures' date stretches planned as it started)`,
        ...mix,
      }),
      ...loadRows({
        label: `api obligations, realistic mix again (${count(laterMix.result)} other requests, none sent before)`,
        ...laterMix,
      }),
      ...loadRows({ label: missLabel, ...miss, targets: {} }),
      ...memoryRows(missLabel, missRss),
      ...loadRows({
        label: 'api obligations, cache hit (one request repeated, world and answer cached)',
        ...hit,
      }),
      ...health,
      benchRow('api server process peak RSS (after every load)', peakRssMb, 'MB'),
    ];
  } finally {
    if (server.child.exitCode === null) await server.stop();
  }
}
