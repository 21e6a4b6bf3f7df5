import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDatasets } from './import.ts';
import { readManifest } from './manifest.ts';
import { openStore } from './store.ts';
import {
  needsSharedData,
  repoRoot,
  sharedDataAvailable,
  sharedDataDir,
  tempDir,
} from './testing/shared-data.ts';

const child = join(repoRoot, 'packages', 'data', 'src', 'testing', 'import-child.ts');

/** Starts an import in a child process and SIGKILLs it after its first dataset is in. */
function importAndKill(dir: string, dbPath: string): Promise<{ pid: number; output: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx/esm', child, dir, dbPath], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('imported ')) proc.kill('SIGKILL');
    });
    proc.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    proc.on('error', reject);
    proc.on('exit', (_code, signal) =>
      signal === 'SIGKILL'
        ? resolve({ pid: proc.pid!, output })
        : reject(new Error(`child was not killed:\n${output}`)),
    );
  });
}

describe.skipIf(!sharedDataAvailable)(`an import killed half-way${needsSharedData}`, () => {
  it('leaves the earlier database intact, and the next import cleans up', async () => {
    const root = await tempDir('kill');
    const earlierDir = join(root, 'earlier');
    const dbPath = join(root, 'casus.duckdb');
    await mkdir(join(earlierDir, 'cow'), { recursive: true });
    await copyFile(
      join(sharedDataDir, 'cow', 'majors2016.csv'),
      join(earlierDir, 'cow', 'majors2016.csv'),
    );
    await importDatasets({ dir: earlierDir, dbPath, now: () => new Date('2001-01-01T00:00:00Z') });

    const { pid, output } = await importAndKill(sharedDataDir, dbPath);
    expect(output).toContain('imported atop');
    expect(output).not.toContain('done');
    expect(existsSync(`${dbPath}.tmp-${pid}`)).toBe(true);

    const store = await openStore(dbPath, { readOnly: true });
    const manifest = await readManifest(store.connection);
    expect(manifest.map((e) => [e.dataset, e.importedAt, e.rows])).toEqual([
      ['cow-majors', '2001-01-01T00:00:00.000Z', 14],
    ]);
    const tables = (
      await store.connection.runAndReadAll(
        "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE 'atop%'",
      )
    ).getRowObjectsJS();
    expect(tables[0]?.n).toBe(0n);
    store.close();

    await importDatasets({ dir: earlierDir, dbPath });
    expect(existsSync(`${dbPath}.tmp-${pid}`)).toBe(false);
  });
});
