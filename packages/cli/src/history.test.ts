import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findingsOf } from '@casus/core';
import { importDatasets } from '@casus/data';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCasus } from './test-io.ts';

/** The research data, from CASUS_DATA_MIRROR only (a folder holding atop/, cow/, ...). */
const shared = process.env.CASUS_DATA_MIRROR ?? '';
const available = shared !== '' && !/^https?:/.test(shared) && existsSync(join(shared, 'atop'));
const why = available
  ? ''
  : shared === ''
    ? ' (skipped: CASUS_DATA_MIRROR is not set to the research data folder)'
    : ` (skipped: no atop/ in CASUS_DATA_MIRROR=${shared})`;

describe.skipIf(!available)(`--atop: answers for history${why}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'casus-history-'));
  const db = join(dir, 'casus.duckdb');
  const file = join(dir, 'july-1914.yaml');
  writeFileSync(
    file,
    'id: july-1914\nname: July crisis\ndescription: Germany attacks Russia.\ndate: 1914-08-02\nevents:\n  - {actor: DEU, kind: armed-attack, target: {place: RUS.european}}\n',
  );
  beforeAll(() =>
    importDatasets({ dir: shared, dbPath: db, only: ['atop', 'cow-capitals', 'cow-nmc'] }),
  );

  it('obligations on 1 August 1914: France owes Russia defence under ATOP 1385', async () => {
    const { code, stdout } = await runCasus([
      'obligations',
      '--atop',
      '--db',
      db,
      '--date',
      '1914-08-02',
      '--event',
      'DEU armed-attack RUS.european',
      '--json',
    ]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.header.history).toMatchObject({ dataset: 'ATOP 5.1' });
    expect(out.findings).toContainEqual(
      expect.objectContaining({ obligor: 'FRA', agreement: 'atop-1385', fired: true }),
    );
  });

  it('run: the cascade brings France in for Russia; Austria-Hungary, bound to defend Germany against Russia only (ATOP statthr), stays out', async () => {
    const { code, stdout } = await runCasus(['run', file, '--atop', '--db', db, '--json']);
    expect(code).toBe(0);
    const { result } = JSON.parse(stdout);
    const entries = result.entries.map((e: { state: string; round: number }) => [e.state, e.round]);
    expect(entries).toContainEqual(['FRA', 1]);
    expect(entries.map(([state]: [string]) => state)).not.toContain('AUH');
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        obligor: 'AUH',
        agreement: 'atop-1335',
        clauseType: 'defense',
        fired: false,
        failed: expect.objectContaining({ test: 'adversary' }),
      }),
    );
  });

  it('probabilistic: the deterrence ratio uses COW CINC for 1914, and the stamp says so', async () => {
    const { code, stdout } = await runCasus([
      'run',
      file,
      '--atop',
      '--db',
      db,
      '--mode',
      'probabilistic',
      '--trials',
      '2000',
      '--json',
    ]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.model.capability).toContain('COW NMC 6.0 CINC for 1914');
    expect(out.model.history).toMatchObject({ dataset: 'ATOP 5.1' });
    expect(out.result.missingCapability).toEqual([]);
  });

  it('ATOP conditions it does not state (a particular adversary) count as met or unmet, as assumed', async () => {
    const france = async (unstated: string) => {
      const { stdout } = await runCasus([
        'obligations',
        '--atop',
        '--db',
        db,
        '--date',
        '1900-01-01',
        '--unstated',
        unstated,
        '--event',
        'GBR armed-attack RUS.european',
        '--json',
      ]);
      const out = JSON.parse(stdout);
      expect(out.header.assumptions.unstatedConditions).toBe(unstated);
      // Whole findings, failed condition included: the answer gives each trace once.
      return findingsOf(out).find((f) => f.obligor === 'FRA' && f.agreement === 'atop-1385');
    };
    expect(await france('met')).toMatchObject({ fired: true, response: 'unstated' });
    expect((await france('unmet'))?.failed).toMatchObject({ test: 'unstated-condition' });
    expect(
      (
        await runCasus([
          'obligations',
          '--atop',
          '--db',
          db,
          '--date',
          '1900-01-01',
          '--unstated',
          'maybe',
          '--event',
          'GBR armed-attack RUS.european',
        ])
      ).code,
    ).toBe(1);
  });

  it('says which command to run first when there is no store', async () => {
    const { code, stderr } = await runCasus([
      'obligations',
      '--atop',
      '--db',
      join(dir, 'none.duckdb'),
      '--date',
      '1914-08-02',
      '--event',
      'DEU armed-attack RUS.european',
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('run `casus data import DIR`');
  });
});
