/**
 * One writer at a time for a store: an import reads the datasets it keeps from the old file and
 * renames a new one over it, so two at once would each keep the other's work out (the later
 * rename wins). A lock file beside the store, created exclusively, holds the writer's pid.
 */
import { readFileSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';

/** Another process is writing the store. */
export class StoreBusyError extends Error {
  constructor(
    readonly lockPath: string,
    readonly pid: number,
  ) {
    super(`another import (process ${pid}) is writing this store; wait for it to finish`);
  }
}

/** Whether a process with this pid is running (signal 0 only checks). */
export const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const holder = (lockPath: string): number => {
  try {
    return Number(readFileSync(lockPath, 'utf8').trim());
  } catch {
    return Number.NaN;
  }
};

/** Creates the lock file or says who holds it; a lock whose process died (SIGKILL) is taken over. */
async function acquire(lockPath: string, takeOver = true): Promise<void> {
  try {
    const file = await open(lockPath, 'wx');
    await file.writeFile(String(process.pid));
    await file.close();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const pid = holder(lockPath);
    // A lock just created may not have its pid written yet: NaN counts as held.
    if (takeOver && Number.isInteger(pid) && pid !== process.pid && !isAlive(pid)) {
      await rm(lockPath, { force: true });
      return acquire(lockPath, false);
    }
    throw new StoreBusyError(lockPath, pid);
  }
}

/**
 * Runs `write` holding the store's lock (`<target>.lock`), released when it settles.
 * @example await withWriterLock('/tmp/casus.duckdb', () => replace(...)) // StoreBusyError if another import runs
 */
export async function withWriterLock<T>(target: string, write: () => Promise<T>): Promise<T> {
  const lockPath = `${target}.lock`;
  await acquire(lockPath);
  try {
    return await write();
  } finally {
    await rm(lockPath, { force: true });
  }
}
