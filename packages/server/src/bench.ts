/** The API's throughput and latency, measured from this process against a server in a child process. */
import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from '@casus/core';
import autocannon from 'autocannon';
import { senkakuEvent } from './testing.ts';

export interface BenchOptions {
  durationSeconds?: number;
  connections?: number;
}

const here = dirname(fileURLToPath(import.meta.url));

/** Starts bench-server.ts under tsx and waits for the URL it prints. */
function startChild(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'bench-server.ts')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve({ child, url: line.trim() });
    });
    child.once('exit', (code) => reject(new Error(`the bench server exited with ${code}`)));
  });
}

/**
 * Loads POST /api/obligations (a Senkaku landing) with autocannon for `durationSeconds` from
 * `connections` connections, against the server in a second process on loopback.
 * @example (await runServerBench({durationSeconds: 10})).map((r) => `${r.name} ${r.value} ${r.unit}`)
 */
export async function runServerBench(options: BenchOptions = {}): Promise<BenchRow[]> {
  const { child, url } = await startChild();
  try {
    const load = (duration: number) =>
      autocannon({
        url: new URL('/api/obligations', url).href,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          date: '2024-11-01',
          architecture: 'status-quo',
          events: [senkakuEvent],
        }),
        connections: options.connections ?? 50,
        duration,
      });
    await load(1);
    const result = await load(options.durationSeconds ?? 10);
    const failures = result.errors + result.timeouts + result.non2xx;
    return [
      {
        name: 'api obligations throughput',
        value: Math.round(result.requests.average),
        unit: 'req/s',
        target: '>= 2000',
        ok: result.requests.average >= 2000,
      },
      {
        name: 'api obligations p99 latency',
        value: result.latency.p99,
        unit: 'ms',
        target: '< 50',
        ok: result.latency.p99 < 50,
      },
      {
        name: 'api obligations failed requests',
        value: failures,
        unit: 'requests',
        target: '= 0',
        ok: failures === 0,
      },
    ];
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}
