/** Saved scenarios, architectures, designed agreements and comparisons, kept in an embedded DuckDB file across restarts. */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { defaultDbPath } from '@casus/data';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

export type SavedKind = 'scenarios' | 'architectures' | 'agreements' | 'comparisons';
export const SAVED_KINDS: readonly SavedKind[] = [
  'scenarios',
  'architectures',
  'agreements',
  'comparisons',
];

/** What a copy or a rename found: the item under its new id, or why there is none. */
export type CopyOutcome = SavedItem | 'missing' | 'exists';

export interface SavedItem {
  id: string;
  updatedAt: string;
  item: unknown;
}

export interface SavedStore {
  path: string;
  list(kind: SavedKind): Promise<SavedItem[]>;
  get(kind: SavedKind, id: string): Promise<SavedItem | undefined>;
  put(kind: SavedKind, id: string, item: unknown): Promise<SavedItem>;
  /** True when there was an item to delete. */
  remove(kind: SavedKind, id: string): Promise<boolean>;
  /**
   * The item `from` under the id `to` (its body's id too), in one transaction: `move` also
   * deletes `from` (a rename). Never replaces an item already saved under `to`.
   */
  copy(kind: SavedKind, from: string, to: string, move: boolean): Promise<CopyOutcome>;
  close(): void;
}

/**
 * $CASUS_WORKBENCH_DB, else workbench.duckdb beside the research-data database
 * ($XDG_DATA_HOME/casus or ~/.local/share/casus).
 * @example defaultWorkbenchDbPath({CASUS_WORKBENCH_DB: '/tmp/w.duckdb'}) // '/tmp/w.duckdb'
 */
export function defaultWorkbenchDbPath(
  env: Record<string, string | undefined> = process.env,
): string {
  return env.CASUS_WORKBENCH_DB || join(dirname(defaultDbPath(env)), 'workbench.duckdb');
}

const toItem = (row: Record<string, unknown>): SavedItem => ({
  id: String(row.id),
  updatedAt: String(row.updated_at),
  item: JSON.parse(String(row.body)),
});

/** Runs queries one at a time on the single connection. */
function serial(connection: DuckDBConnection) {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: (c: DuckDBConnection) => Promise<T>): Promise<T> => {
    const next = tail.then(() => work(connection));
    tail = next.catch(() => undefined);
    return next;
  };
}

/**
 * Opens (creating if needed) the workbench database.
 * @example const store = await openSavedStore('/tmp/w.duckdb'); await store.put('scenarios', 'x', {...});
 */
export async function openSavedStore(path = defaultWorkbenchDbPath()): Promise<SavedStore> {
  if (path !== ':memory:') await mkdir(dirname(path), { recursive: true });
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  await connection.run(`CREATE TABLE IF NOT EXISTS saved_items (
    kind VARCHAR NOT NULL, id VARCHAR NOT NULL, body VARCHAR NOT NULL, updated_at VARCHAR NOT NULL,
    PRIMARY KEY (kind, id))`);
  const run = serial(connection);
  const rows = (sql: string, params: string[]) =>
    run(
      async (c) =>
        (await c.runAndReadAll(sql, params)).getRowObjectsJS() as Record<string, unknown>[],
    );
  return {
    path,
    list: async (kind) =>
      (await rows('SELECT * FROM saved_items WHERE kind = $1 ORDER BY id', [kind])).map(toItem),
    get: async (kind, id) => {
      const [row] = await rows('SELECT * FROM saved_items WHERE kind = $1 AND id = $2', [kind, id]);
      return row ? toItem(row) : undefined;
    },
    put: async (kind, id, item) => {
      const updatedAt = new Date().toISOString();
      await run((c) =>
        c.run('INSERT OR REPLACE INTO saved_items VALUES ($1, $2, $3, $4)', [
          kind,
          id,
          JSON.stringify(item),
          updatedAt,
        ]),
      );
      return { id, updatedAt, item };
    },
    remove: async (kind, id) => {
      const deleted = await rows(
        'DELETE FROM saved_items WHERE kind = $1 AND id = $2 RETURNING id',
        [kind, id],
      );
      return deleted.length > 0;
    },
    copy: (kind, from, to, move) =>
      run(async (c) => {
        const [row] = (
          await c.runAndReadAll('SELECT * FROM saved_items WHERE kind = $1 AND id = $2', [
            kind,
            from,
          ])
        ).getRowObjectsJS();
        if (!row) return 'missing';
        const item = { ...(toItem(row).item as object), id: to };
        const updatedAt = new Date().toISOString();
        await c.run('BEGIN TRANSACTION');
        try {
          // The primary key refuses a second item under `to`: checked and written at once.
          await c.run('INSERT INTO saved_items VALUES ($1, $2, $3, $4)', [
            kind,
            to,
            JSON.stringify(item),
            updatedAt,
          ]);
          if (move)
            await c.run('DELETE FROM saved_items WHERE kind = $1 AND id = $2', [kind, from]);
          await c.run('COMMIT');
        } catch (e) {
          await c.run('ROLLBACK');
          if (/constraint|duplicate key/i.test((e as Error).message)) return 'exists';
          throw e;
        }
        return { id: to, updatedAt, item };
      }),
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
