import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreBusyError, withWriterLock } from './store-lock.ts';
import { tempDir } from './testing/shared-data.ts';

/** The pid of a process that has exited: no process holds it (barring reuse, rare in a test's time). */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('the store writer lock', () => {
  it('refuses a second writer while the first holds the lock, and releases it after', async () => {
    const target = join(await tempDir('lock'), 'casus.duckdb');
    let release!: () => void;
    const first = withWriterLock(target, () => new Promise<void>((done) => (release = done)));
    await new Promise((done) => setTimeout(done, 20));
    await expect(withWriterLock(target, async () => 'second')).rejects.toBeInstanceOf(
      StoreBusyError,
    );
    release();
    await first;
    expect(existsSync(`${target}.lock`)).toBe(false);
    expect(await withWriterLock(target, async () => 'after')).toBe('after');
  });

  it('releases the lock when the write throws', async () => {
    const target = join(await tempDir('lock'), 'casus.duckdb');
    await expect(
      withWriterLock(target, async () => {
        throw new Error('bad file');
      }),
    ).rejects.toThrow('bad file');
    expect(existsSync(`${target}.lock`)).toBe(false);
  });

  it('takes over a lock left by a process that died (SIGKILL mid-import)', async () => {
    const target = join(await tempDir('lock'), 'casus.duckdb');
    writeFileSync(`${target}.lock`, String(deadPid()));
    expect(await withWriterLock(target, async () => 'taken over')).toBe('taken over');
  });
});
