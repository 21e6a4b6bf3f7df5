import { describe, expect, it } from 'vitest';
import { runServerBench } from './bench.ts';

describe('runServerBench', () => {
  it('loads the obligations route from this process against a child server, without failures', async () => {
    const rows = await runServerBench({ durationSeconds: 1, connections: 10 });
    expect(rows.map((r) => r.name)).toEqual([
      'api obligations throughput',
      'api obligations p99 latency',
      'api obligations failed requests',
    ]);
    expect(rows[0]!.value).toBeGreaterThan(0);
    expect(rows[2]).toMatchObject({ value: 0, ok: true });
  });
});
