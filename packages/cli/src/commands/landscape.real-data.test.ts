import { mkdtempSync } from 'node:fs';
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

const suite = `casus landscape on ATOP 5.1 and NMC 6.0${needsSharedData}`;
describe.skipIf(!sharedDataAvailable)(suite, () => {
  it('reads 2016 from the store: ATOP-coded propensities, CINC sizes, the data versions', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'casus-landscape-real-')), 'casus.duckdb');
    await importDatasets({ dir: sharedDataDir, dbPath: db, only: ['atop', 'cow-nmc'] });
    const states = 'USA,RUS,SYR,TUR,SAU,IRN,IRQ,ISR,EGY,JOR,GBR,FRA,CHN';
    const run = await runCasus([
      'landscape',
      '--year',
      '2016',
      '--states',
      states,
      '--db',
      db,
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const a = JSON.parse(run.stdout);
    // NMC 6.0's CINC of the United States in 2016 (cow/NMC-60-abridged.csv).
    expect(a.actors[0]).toMatchObject({ actor: 'USA', ccode: 2 });
    expect(a.actors[0].size).toBeCloseTo(0.133058, 6);
    expect(
      a.data.map((d: { dataset: string; version: string }) => `${d.dataset} ${d.version}`),
    ).toEqual(['atop 5.1', 'cow-nmc 6.0']);
    // The United States' NATO allies (an ATOP defence pact in 2016) end on its side; Iran does not.
    const side = new Map(
      a.frustration.map((f: { actor: string; side: string }) => [f.actor, f.side]),
    );
    expect(side.get('GBR')).toBe(side.get('USA'));
    expect(side.get('FRA')).toBe(side.get('USA'));
    expect(side.get('IRN')).not.toBe(side.get('USA'));
    expect(a.localMinima).toBeGreaterThanOrEqual(1);
    const unknown = await runCasus([
      'landscape',
      '--year',
      '2016',
      '--states',
      'USA,South Sudan,XYZ',
      '--db',
      db,
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no state "XYZ"');
  }, 120_000);
});
