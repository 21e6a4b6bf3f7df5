import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDatasets } from './import.ts';
import { tempOutputPath, whyUnwritable, writeOutput, writeOutputText } from './output-file.ts';
import {
  needsSharedData,
  repoRoot,
  sharedDataAvailable,
  sharedDataDir,
  tempDir,
} from './testing/shared-data.ts';

describe('writeOutput', () => {
  it('replaces the target only when the write succeeds, and leaves no temporary', async () => {
    const dir = await tempDir('output');
    const target = join(dir, 'keep.csv');
    await writeFile(target, 'old\n');
    const failing = writeOutput(target, async (temp) => {
      await writeFile(temp, 'half');
      throw new Error('disk full');
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(await readFile(target, 'utf8')).toBe('old\n');
    await writeOutputText(target, 'new\n');
    expect(await readFile(target, 'utf8')).toBe('new\n');
    expect(await readdir(dir)).toEqual(['keep.csv']);
  });

  it('removes a temporary a killed writer left, and not a live one’s', async () => {
    const dir = await tempDir('output');
    const target = join(dir, 'keep.csv');
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    await writeFile(tempOutputPath(target, dead), 'half');
    await writeFile(tempOutputPath(target, process.ppid), 'being written');
    await writeFile(tempOutputPath(join(dir, 'other.csv'), dead), 'not this target');
    await writeOutputText(target, 'new\n');
    expect((await readdir(dir)).sort()).toEqual(
      ['keep.csv', `.tmp-${process.ppid}-keep.csv`, `.tmp-${dead}-other.csv`].sort(),
    );
  });

  it('names what cannot be written', async () => {
    const dir = await tempDir('output');
    await mkdir(join(dir, 'sub'));
    expect(whyUnwritable(join(dir, 'sub'))).toContain('is a folder');
    expect(whyUnwritable('/proc/x')).toBe('cannot create a file in /proc');
    expect(whyUnwritable(join(dir, 'none', 'x.csv'))).toContain('there is no folder');
    expect(whyUnwritable(join(dir, 'x.csv'))).toBeUndefined();
    expect(await readdir(dir)).toEqual(['sub']);
  });
});

const child = join(repoRoot, 'packages', 'data', 'src', 'testing', 'dyads-child.ts');

/** Runs `casus dyads` (all directed dyad-years, ~24 MB of CSV) and sends SIGINT once it has begun writing. */
function dyadsInterrupted(dbPath: string, out: string): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [
        '--import',
        'tsx/esm',
        child,
        '--years',
        '1816-2016',
        '--directed',
        '--out',
        out,
        '--db',
        dbPath,
      ],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const temp = tempOutputPath(out, proc.pid);
    const poll = setInterval(() => {
      // One stat, not exists-then-stat: the command may rename its temporary between two calls.
      if ((statSync(temp, { throwIfNoEntry: false })?.size ?? 0) > 0) {
        clearInterval(poll);
        proc.kill('SIGINT');
      }
    }, 5);
    proc.on('error', reject);
    proc.on('exit', (_code, signal) => {
      clearInterval(poll);
      resolve(signal);
    });
  });
}

describe.skipIf(!sharedDataAvailable)(`casus dyads --out interrupted${needsSharedData}`, () => {
  let dir: string;
  let dbPath: string;
  beforeAll(async () => {
    dir = await tempDir('dyads-sigint');
    dbPath = join(dir, 'casus.duckdb');
    await importDatasets({ dir: sharedDataDir, dbPath, only: ['cow-states'] });
  });

  it('leaves neither a partial file nor a temporary', async () => {
    const out = join(dir, 'new.csv');
    expect(await dyadsInterrupted(dbPath, out)).toBe('SIGINT');
    expect(existsSync(out)).toBe(false);
    expect((await readdir(dir)).sort()).toEqual(['casus.duckdb']);
  });

  it('leaves an existing file untouched', async () => {
    const out = join(dir, 'keep.csv');
    await writeFile(out, 'ccode1,ccode2,year\n2,20,1920\n');
    expect(await dyadsInterrupted(dbPath, out)).toBe('SIGINT');
    expect(await readFile(out, 'utf8')).toBe('ccode1,ccode2,year\n2,20,1920\n');
    expect((await readdir(dir)).sort()).toEqual(['casus.duckdb', 'keep.csv']);
  });
});
