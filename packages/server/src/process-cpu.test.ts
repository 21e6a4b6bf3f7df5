import { describe, expect, it } from 'vitest';
import { cpuSeconds } from './process-cpu.ts';

describe('cpuSeconds', () => {
  it.runIf(cpuSeconds(process.pid) !== undefined)(
    "counts this process's CPU as Node's own process.cpuUsage does",
    () => {
      const before = cpuSeconds(process.pid)!;
      const usage = process.cpuUsage();
      let x = 0;
      while (process.cpuUsage(usage).user < 200_000) x += Math.sqrt(x + 1);
      const used = process.cpuUsage(usage);
      const nodeSays = (used.user + used.system) / 1e6;
      // Ticks of 10 ms on both ends of the reading: within 0.05 s of Node's figure.
      expect(Math.abs(cpuSeconds(process.pid)! - before - nodeSays)).toBeLessThan(0.05);
      expect(x).toBeGreaterThan(0);
    },
  );

  it('gives undefined for a process that does not exist', () => {
    expect(cpuSeconds(2 ** 30)).toBeUndefined();
  });
});
