import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDatasets } from '@casus/data';
import {
  needsSharedData,
  sharedDataAvailable,
  sharedDataDir,
} from '@casus/data/testing/shared-data';
import { describe, expect, it } from 'vitest';
import { runCasus } from '../test-io.ts';

const suite = `casus landscape --propensity similarity${needsSharedData}`;
describe.skipIf(!sharedDataAvailable)(suite, () => {
  it("p is S of the two portfolios: 1816's S(USA, AUH) = −3/23 splits them, S(GBR, AUH) = 7/23 does not", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casus-landscape-similarity-'));
    const db = join(dir, 'casus.duckdb');
    await importDatasets({ dir: sharedDataDir, dbPath: db, only: ['atop', 'cow-states'] });
    const sizes = join(dir, 'sizes.csv');
    writeFileSync(sizes, 'USA,1\nAUH,1\nGBR,1\n');
    const landscape = async (states: string) => {
      const args = ['--propensity', 'similarity', '--size', sizes, '--year', '1816'];
      const run = await runCasus(['landscape', ...args, '--states', states, '--db', db, '--json']);
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(run.stdout);
    };
    // The S values are worked by hand in similarity.real-data.test.ts. With sizes 1 the split's
    // energy is 2·1·1·p over ordered pairs.
    const apart = await landscape('USA,AUH');
    expect(apart.globalMinimum.sideB).toEqual(['AUH']);
    expect(apart.globalMinimum.energy).toBeCloseTo((2 * -3) / 23, 12);
    expect(apart.inputs.propensity).toContain("Signorino & Ritter's S");
    expect(apart.data.map((d: { dataset: string }) => d.dataset)).toEqual(['atop', 'cow-states']);
    const together = await landscape('GBR,AUH');
    expect(together.globalMinimum.sideB).toEqual([]);
    expect(together.minima.map((m: { energy: number }) => m.energy)).toEqual([0]);
    const gone = await runCasus([
      ...['landscape', '--propensity', 'similarity', '--size', sizes, '--year', '1816'],
      ...['--states', 'USA,JPN', '--db', db],
    ]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('JPN was not a COW system member in 1816');
  }, 120_000);
});
