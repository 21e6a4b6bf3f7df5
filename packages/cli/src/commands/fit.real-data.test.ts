import { mkdtempSync, readFileSync } from 'node:fs';
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

const committed = 'library/models/reliability-fitted.yaml';
const text = readFileSync(new URL(`../../../../${committed}`, import.meta.url), 'utf8');

describe.skipIf(!sharedDataAvailable)(`${committed}${needsSharedData}`, () => {
  it('is what the command written in it writes, byte for byte', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'casus-fit-real-')), 'casus.duckdb');
    await importDatasets({ dir: sharedDataDir, dbPath: db });
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
