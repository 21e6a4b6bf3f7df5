import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BacktestCase, type BacktestOutput, BacktestOutputSchema } from '@casus/core';
import { importDatasets } from '@casus/data';
import {
  needsSharedData,
  sharedDataAvailable,
  sharedDataDir,
} from '@casus/data/testing/shared-data';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCasus } from '../test-io.ts';

const one = (cases: BacktestCase[], q: Partial<BacktestCase>) =>
  cases.find((c) => Object.entries(q).every(([k, v]) => c[k as keyof BacktestCase] === v));

describe.skipIf(!sharedDataAvailable)(`casus backtest over COW and ATOP${needsSharedData}`, () => {
  const db = join(mkdtempSync(join(tmpdir(), 'casus-backtest-real-')), 'casus.duckdb');
  let text: string;
  let output: BacktestOutput;
  beforeAll(async () => {
    await importDatasets({
      dir: sharedDataDir,
      dbPath: db,
      only: ['atop', 'cow-wars', 'cow-nmc', 'cow-capitals'],
    });
    const run = await runCasus(['backtest', '--db', db, '--json']);
    expect(run.code).toBe(0);
    text = run.stdout;
    output = JSON.parse(text);
  }, 240_000);

  it('covers the 95 wars of Inter-State War Data 4.0 in the documented shape', () => {
    expect(output.header.wars).toBe(95);
    expect(BacktestOutputSchema.safeParse(output).error).toBeUndefined();
    expect(output.header.data.filter((d) => d.pinned).map((d) => d.dataset)).toEqual(
      expect.arrayContaining(['atop', 'cow-wars']),
    );
    for (const c of output.cases)
      expect(c.invoked ? c.p !== null && c.p > 0 && c.p < 1 : c.p === null).toBe(true);
  });

  it('1939: France honours its pledge to Poland, Romania does not', () => {
    const france = one(output.cases, { war: 139, atopid: 2060, obligor: 220, beneficiary: 290 });
    const romania = one(output.cases, { war: 139, atopid: 2070, obligor: 360, beneficiary: 290 });
    expect(france).toMatchObject({ obligation: 'defense', invoked: true, honoured: true });
    expect(romania).toMatchObject({ obligation: 'defense', invoked: true, honoured: false });
  });

  it('Korea, 1950: the attack on American forces in Asia does not invoke NATO for the United States', () => {
    const nato = output.cases.filter(
      (c) => c.war === 151 && c.beneficiary === 2 && c.obligation === 'defense',
    );
    expect(nato.length).toBeGreaterThan(0);
    expect(nato.every((c) => !c.invoked)).toBe(true);
  });

  it('is deterministic: a second run gives the same bytes', async () => {
    const again = await runCasus(['backtest', '--db', db, '--json']);
    expect(again.stdout).toBe(text);
  }, 240_000);
});
