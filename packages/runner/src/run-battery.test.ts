import { describe, expect, it } from 'vitest';
import { runBattery } from './run-battery.ts';
import { repositorySimContext } from './testing.ts';

const ctx = repositorySimContext();
const scenario = (id: string) => ctx.library.scenarios.get(id)!;
const json = (x: unknown) =>
  JSON.stringify(x, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v));

describe('runBattery', () => {
  it("draws each scenario's numbers from its own id: adding a scenario changes no other's answer", async () => {
    const options = { trials: 5000, seed: 3, workers: 2, baseline: 'status-quo', members: [] };
    const architectures = ['status-quo', 'asian-nato-exclusive'];
    const two = ['senkaku-landing', 'taiwan-invasion'].map(scenario);
    const three = [scenario('korea-invasion-2025'), ...two];
    const a = await runBattery(ctx, two, architectures, options);
    const b = await runBattery(ctx, three, architectures, options);
    const of = (runs: typeof a, id: string, arch: string) =>
      json(
        runs.find((r) => r.prepared.scenario.id === id && r.prepared.architecture === arch)!
          .aggregate,
      );
    for (const id of ['senkaku-landing', 'taiwan-invasion'])
      for (const arch of architectures) expect(of(b, id, arch)).toBe(of(a, id, arch));
    expect(of(a, 'senkaku-landing', 'status-quo')).not.toBe(of(a, 'taiwan-invasion', 'status-quo'));
  });
});
