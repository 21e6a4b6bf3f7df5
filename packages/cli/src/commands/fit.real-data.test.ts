import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDatasets } from '@casus/data';
import { describe, expect, it } from 'vitest';
import { runCasus } from '../test-io.ts';

/** The research data, from CASUS_DATA_MIRROR only (a folder holding atop/, cow/, ...). */
const shared = process.env.CASUS_DATA_MIRROR ?? '';
const available =
  shared !== '' &&
  !/^https?:/.test(shared) &&
  existsSync(join(shared, 'cow', 'Inter-StateWarData_v4.0.csv'));
const why = available ? '' : ' (skipped: CASUS_DATA_MIRROR is not the research data folder)';

const committed = 'library/models/reliability-fitted.yaml';
const text = readFileSync(new URL(`../../../../${committed}`, import.meta.url), 'utf8');

describe.skipIf(!available)(`${committed}${why}`, () => {
  it('is what the command written in it writes, byte for byte', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'casus-fit-real-')), 'casus.duckdb');
    await importDatasets({ dir: shared, dbPath: db });
    const command = /\n {2}command: (.*)\n/.exec(text)![1]!;
    expect(command).toBe(`casus fit --without democracy,capabilityChange --out ${committed}`);
    const out = join(db, '..', 'fitted.yaml');
    const argv = command.split(' ').slice(1);
    argv[argv.indexOf(committed)] = out;
    const run = await runCasus([...argv, '--db', db]);
    expect(run.code, run.stderr).toBe(0);
    // The rerun names its own --out and --db in fit.command; everything else is the committed file.
    const written = readFileSync(out, 'utf8').replace(
      `--out ${out} --db ${db}`,
      `--out ${committed}`,
    );
    expect(written).toBe(text);
  }, 240_000);
});
