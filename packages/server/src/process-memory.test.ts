import { describe, expect, it } from 'vitest';
import { rssMb, sampleRss } from './process-memory.ts';

const linux = rssMb(process.pid) !== undefined;

describe('rssMb', () => {
  it.runIf(linux)("reads this process's resident set as Node itself reports it", () => {
    const node = process.memoryUsage().rss / 2 ** 20;
    expect(Math.abs(rssMb(process.pid)! - node)).toBeLessThan(node / 10);
  });

  it('is undefined for no such process', () => {
    expect(rssMb(2 ** 30)).toBeUndefined();
  });
});

describe('sampleRss', () => {
  it.runIf(linux)('takes a sample when started, on every tick and when stopped', async () => {
    const sampler = sampleRss(process.pid, 10);
    await new Promise((done) => setTimeout(done, 55));
    const samples = sampler.stop();
    expect(samples.length).toBeGreaterThanOrEqual(4);
    for (const mb of samples) expect(mb).toBeGreaterThan(10);
  });
});
