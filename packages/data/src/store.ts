/** The DuckDB store: opening and closing the database file, and replacing it atomically after an import. */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { assertRegularFile, InputFileError } from './input-file.ts';
import { isAlive, withWriterLock } from './store-lock.ts';

export interface Store {
  path: string;
  connection: DuckDBConnection;
  close(): void;
}

/** DuckDB's instance on `path`, with a file that is not a database (or a folder) as bad input. */
async function createInstance(path: string, readOnly: boolean): Promise<DuckDBInstance> {
  if (existsSync(path)) assertRegularFile(path, Number.POSITIVE_INFINITY);
  try {
    return await DuckDBInstance.create(path, readOnly ? { access_mode: 'READ_ONLY' } : {});
  } catch (error) {
    if (!/not a valid DuckDB database file/.test(String(error))) throw error;
    throw new InputFileError(
      `${path} is not a DuckDB database file: give --db another path, or move it away and run \`casus data import <dir>\``,
    );
  }
}

/**
 * Opens (or creates) the database file; read-only opening fails when the file does not exist.
 * A folder or a file that is not a database throws an InputFileError.
 * @example const store = await openStore('/tmp/casus.duckdb', { readOnly: true }); store.close();
 */
export async function openStore(
  path: string,
  options: { readOnly?: boolean } = {},
): Promise<Store> {
  if (!options.readOnly) await mkdir(dirname(path), { recursive: true });
  const instance = await createInstance(path, Boolean(options.readOnly));
  const connection = await instance.connect();
  return {
    path,
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** The temporary file an import in this process builds beside `target`. */
export const tempPathFor = (target: string, pid = process.pid): string => `${target}.tmp-${pid}`;

/** Deletes temporary files left beside `target` by imports whose process has died (e.g. SIGKILL). */
async function removeStaleTemps(target: string): Promise<void> {
  const prefix = `${basename(target)}.tmp-`;
  const dir = dirname(target);
  if (!existsSync(dir)) return;
  for (const name of await readdir(dir)) {
    const pid = Number(name.slice(prefix.length).replace(/\.wal$/, ''));
    if (
      name.startsWith(prefix) &&
      Number.isInteger(pid) &&
      (pid === process.pid || !isAlive(pid))
    ) {
      await rm(join(dir, name), { force: true });
    }
  }
}

/**
 * Builds a new database with `build` in a temporary file beside `target`, then renames it over
 * `target` (atomic on one file system), holding the store's writer lock. If `build` throws or the
 * process dies, `target` is untouched.
 * @example await replaceAtomically(dbPath, async (tmp) => { const s = await openStore(tmp); ...; s.close(); });
 */
export async function replaceAtomically<T>(
  target: string,
  build: (tempPath: string) => Promise<T>,
): Promise<T> {
  await mkdir(dirname(target), { recursive: true });
  return withWriterLock(target, async () => {
    await removeStaleTemps(target);
    if (existsSync(`${target}.wal`)) {
      // Fold a leftover write-ahead log into the old file, so the rename never pairs it with the new one.
      const old = await openStore(target);
      await old.connection.run('CHECKPOINT');
      old.close();
    }
    const temp = tempPathFor(target);
    try {
      const result = await build(temp);
      await rm(`${temp}.wal`, { force: true });
      await rename(temp, target);
      return result;
    } catch (error) {
      await rm(temp, { force: true });
      await rm(`${temp}.wal`, { force: true });
      throw error;
    }
  });
}
