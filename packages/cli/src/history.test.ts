import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findingsOf } from '@casus/core';
import { importDatasets } from '@casus/data';
import {
  needsSharedData,
  sharedDataAvailable,
  sharedDataDir,
} from '@casus/data/testing/shared-data';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCasus } from './test-io.ts';

describe.skipIf(!sharedDataAvailable)(`--atop: answers for history${needsSharedData}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'casus-history-'));
  const db = join(dir, 'casus.duckdb');
  const file = join(dir, 'july-1914.yaml');
  writeFileSync(
    file,
    'id: july-1914\nname: July crisis\ndescription: Germany attacks Russia.\ndate: 1914-08-02\nevents:\n  - {actor: DEU, kind: armed-attack, target: {place: RUS.european}}\n',
  );
  const korea = join(dir, 'korea-2020.yaml');
  writeFileSync(
    korea,
    'id: korea-2020\nname: Korea 2020\ndescription: North Korea attacks the South.\ndate: 2020-06-01\nevents:\n  - {actor: PRK, kind: armed-attack, target: {place: KOR.main}}\n',
  );
  beforeAll(() =>
    importDatasets({
      dir: sharedDataDir,
      dbPath: db,
      only: ['atop', 'cow-capitals', 'cow-nmc', 'cow-nmc7'],
    }),
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

  it('probabilistic on 2020-06-01: CINC from NMC 7.0, where 6.0 (to 2016) has none', async () => {
    const run = (...extra: string[]) =>
      runCasus([
        'run',
        korea,
        '--atop',
        '--db',
        db,
        '--mode',
        'probabilistic',
        '--trials',
        '2000',
        ...extra,
      ]);
    const seven = await run('--json');
    expect(seven.code).toBe(0);
    const out = JSON.parse(seven.stdout);
    expect(out.model.capability).toMatch(
      /^COW NMC 7\.0 CINC for 2020 \(the default after 2016: NMC 6\.0 ends there\)/,
    );
    // Only states that no longer exist (ATOP members such as CSK, GFR, DDR) lack a 2020 figure.
    for (const state of ['PRK', 'KOR', 'USA', 'CHN', 'JPN', 'RUS'])
      expect(out.result.missingCapability).not.toContain(state);
    const six = await run('--nmc', '6.0', '--json');
    expect(six.code).toBe(0);
    expect(JSON.parse(six.stdout).model.capability).toMatch(
      /^present-day proxy share .*\(no COW CINC: --nmc 6\.0 asked for, and NMC 6\.0 covers 1816-2016\)$/,
    );
    const text = await run();
    expect(text.stdout).toContain('capability: COW NMC 7.0 CINC for 2020');
    const bad = await run('--nmc', '8');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--nmc must be 6.0 or 7.0, not "8"');
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

describe('--nmc without research data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casus-nmc-flag-'));
  const file = join(dir, 'korea-2020.yaml');
  writeFileSync(
    file,
    'id: korea-2020\nname: Korea 2020\ndescription: North Korea attacks the South.\ndate: 2020-06-01\nevents:\n  - {actor: PRK, kind: armed-attack, target: {place: KOR.main}}\n',
  );

  it('--nmc needs --atop and the probabilistic mode', async () => {
    const noAtop = await runCasus(['run', file, '--mode', 'probabilistic', '--nmc', '7.0']);
    expect(noAtop.code).toBe(1);
    expect(noAtop.stderr).toContain('--nmc chooses the COW CINC of --atop: add --atop');
    const honoured = await runCasus([
      'run',
      file,
      '--atop',
      '--db',
      join(dir, 'none.duckdb'),
      '--nmc',
      '7.0',
    ]);
    expect(honoured.code).toBe(1);
    expect(honoured.stderr).toContain('so it needs --mode probabilistic');
  });
});
