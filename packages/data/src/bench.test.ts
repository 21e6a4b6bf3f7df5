import { describe, expect, it } from 'vitest';
import { runDataBench } from './bench.ts';
import { needsSharedData, sharedDataAvailable, sharedDataDir } from './testing/shared-data.ts';

describe.skipIf(!sharedDataAvailable)(`runDataBench${needsSharedData}`, () => {
  it('reports import and dyad-year times within the targets', async () => {
    const rows = await runDataBench(sharedDataDir);
    const value = (name: string) => rows.find((r) => r.name.startsWith(name))?.value ?? Number.NaN;
    expect(value('import all') + value('dyad-years 1816')).toBeLessThan(60);
    expect(value('dyad-years peak')).toBeLessThan(2048);
    expect(rows.find((r) => r.name === 'dyad-years rate')?.target).toBe('956145 rows');
  });
});
