import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDatasets } from '@casus/data';
import {
  needsSharedData,
  sharedDataAvailable,
  sharedDataDir,
} from '@casus/data/testing/shared-data';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCasus } from '../test-io.ts';

type Pair = { state1: string; state2: string; value: number | null; reason?: string };

const suite = `casus similarity on ATOP 5.1, states2016 and NMC 6.0${needsSharedData}`;
describe.skipIf(!sharedDataAvailable)(suite, () => {
  const db = join(mkdtempSync(join(tmpdir(), 'casus-similarity-real-')), 'casus.duckdb');
  beforeAll(async () => {
    await importDatasets({
      dir: sharedDataDir,
      dbPath: db,
      only: ['atop', 'cow-states', 'cow-nmc'],
    });
  }, 120_000);
  const answer = async (args: string[]) => {
    const run = await runCasus(['similarity', ...args, '--db', db, '--json']);
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(run.stdout);
  };
  const value = (a: { pairs: Pair[] }, s1: string, s2: string) =>
    a.pairs.find((p) => p.state1 === s1 && p.state2 === s2)?.value;

  it('1816, by hand from the files: S(GBR, AUH) = 7/23 and S(USA, AUH) = −3/23', async () => {
    // states2016 has 23 members in 1816. ATOP 5.1's directed dyad-years of 1816 give the UK a
    // defence pledge (3) to 4 members and Austria to 11; besides itself (3) the UK's portfolio
    // differs from Austria's at Austria's 8 pledges the UK lacks, by 3 each: Σ|x − y| = 24, so
    // S = 1 − 2·24/(3·23) = 7/23. The US has none: it differs at its own place and Austria's 12
    // threes (11 pledges and itself), Σ = 39, S = 1 − 78/69 = −3/23.
    const a = await answer(['--year', '1816', '--states', 'GBR,AUH,USA']);
    expect(value(a, 'GBR', 'AUH')).toBeCloseTo(7 / 23, 12);
    expect(value(a, 'AUH', 'USA')).toBeCloseTo(-3 / 23, 12);
    expect(a.data.map((d: { dataset: string }) => d.dataset)).toEqual(['atop', 'cow-states']);
    expect(a.portfolios).toContain('3 defence or offence');
    expect(a.reference).toContain('every COW system member');
  }, 60_000);

  it('1960: the US and the UK (NATO) far more alike than the US and the USSR, on every measure', async () => {
    for (const measure of ['s', 's-weighted', 'kappa', 'pi', 'taub']) {
      const a = await answer(['--year', '1960', '--states', 'USA,GBR,RUS', '--measure', measure]);
      expect(value(a, 'USA', 'GBR'), measure).toBeGreaterThan(value(a, 'USA', 'RUS')! + 0.3);
      expect(value(a, 'USA', 'RUS'), measure).toBeLessThan(0);
    }
  }, 60_000);

  it('weighted S names the NMC release; regional S the regions; without --states every pair', async () => {
    const w = await answer(['--year', '1960', '--states', 'USA,GBR', '--measure', 's-weighted']);
    expect(w.weights).toContain('COW NMC 6.0');
    expect(w.data.map((d: { dataset: string }) => d.dataset)).toContain('cow-nmc');
    const r = await answer(['--year', '1816', '--reference', 'regional']);
    expect(r.reference).toContain('regional');
    expect(r.pairs).toHaveLength((23 * 22) / 2);
    const text = await runCasus([
      'similarity',
      '--year',
      '1816',
      '--states',
      'GBR,AUH',
      '--db',
      db,
    ]);
    expect(text.stdout).toContain('data: atop 5.1');
    expect(text.stdout).toMatch(/GBR\s+AUH\s+0\.3043/);
  }, 60_000);

  it('refuses a state outside the system that year, and a year outside the data', async () => {
    const gone = await runCasus([
      'similarity',
      '--year',
      '1816',
      '--states',
      'USA,JPN',
      '--db',
      db,
    ]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('JPN was not a COW system member in 1816');
    const late = await runCasus(['similarity', '--year', '2020', '--db', db]);
    expect(late.code).toBe(1);
    expect(late.stderr).toContain('portfolios cover 1816-2016');
  }, 60_000);
});
