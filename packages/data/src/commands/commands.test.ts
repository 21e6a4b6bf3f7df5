import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  needsSharedData,
  sharedDataAvailable,
  sharedDataDir,
  tempDir,
} from '../testing/shared-data.ts';
import { runDataImport } from './data-import.ts';
import { runDataStatus } from './data-status.ts';
import type { CommandIo } from './io.ts';

const capture = () => {
  const out = { stdout: '', stderr: '' };
  const io: CommandIo = {
    stdout: { write: (t: string) => (out.stdout += t) },
    stderr: { write: (t: string) => (out.stderr += t) },
    env: {},
  };
  return { io, out };
};

describe('data command arguments', () => {
  it('prints help and exits 0', async () => {
    const { io, out } = capture();
    expect(await runDataImport(['--help'], io)).toBe(0);
    expect(out.stdout).toContain('Usage: casus data import <dir>');
  });

  it('rejects an unknown dataset with exit 1', async () => {
    const { io, out } = capture();
    expect(await runDataImport(['dir', '--only', 'atop,nope'], io)).toBe(1);
    expect(out.stderr).toContain('unknown dataset(s) nope');
  });

  it('status of a missing database lists every dataset as missing with the command to run', async () => {
    const { io, out } = capture();
    const db = join(await tempDir('status'), 'none.duckdb');
    expect(await runDataStatus(['--db', db], io)).toBe(0);
    expect(out.stdout).toContain('atop');
    expect(out.stdout).toContain('casus data fetch --only atop');
    expect(out.stdout).toContain('9 of 9 datasets missing');
  });
});

describe.skipIf(!sharedDataAvailable)(`data import then status${needsSharedData}`, () => {
  it('imports some datasets and reports them loaded, the rest missing', async () => {
    const db = join(await tempDir('cmd'), 'casus.duckdb');
    const first = capture();
    expect(
      await runDataImport([sharedDataDir, '--db', db, '--only', 'cow-majors,cow-nmc'], first.io),
    ).toBe(0);
    expect(first.out.stdout).toContain('imported cow-majors, cow-nmc');
    const status = capture();
    expect(await runDataStatus(['--db', db, '--json'], status.io)).toBe(0);
    const json = JSON.parse(status.out.stdout) as {
      datasets: { id: string; loaded: boolean; rows?: number }[];
    };
    expect(json.datasets.find((d) => d.id === 'cow-nmc')).toMatchObject({
      loaded: true,
      rows: 15_951,
    });
    expect(json.datasets.find((d) => d.id === 'atop')).toMatchObject({ loaded: false });
  });
});
