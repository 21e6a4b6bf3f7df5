import { describe, expect, it } from 'vitest';
import { runDataBench } from './bench.ts';
import { needsSharedData, sharedDataAvailable, sharedDataDir } from './testing/shared-data.ts';

// Times are for `npm run bench` to report; this only checks that the bench measures real work.
describe.skipIf(!sharedDataAvailable)(`runDataBench${needsSharedData}`, () => {
  it('imports every dataset and writes every dyad-year, reporting each figure with its target', async () => {
    const rows = await runDataBench(sharedDataDir);
    expect(rows.map((r) => r.name)).toContain('dyad-years rate (956145 rows)');
    for (const row of rows) {
      expect(row.value).toBeGreaterThan(0);
      expect(typeof row.ok).toBe('boolean');
    }
    expect(rows.find((r) => r.name === 'import and dyad-years together')?.target).toBe('< 60');
  });
});
