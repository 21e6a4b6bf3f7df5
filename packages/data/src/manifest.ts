/** The manifest table: for every imported file, its dataset, version, sha256, rows, import time and citation. */
import type { DuckDBConnection } from '@duckdb/node-api';

export const MANIFEST_TABLE = 'casus_manifest';

export interface ManifestEntry {
  dataset: string;
  version: string;
  file: string;
  sha256: string;
  /** True when the sha256 is the one Casus pins for this release. */
  pinned: boolean;
  rows: number;
  importedAt: string;
  citation: string;
}

/**
 * Creates the manifest table if it is absent.
 * @example await createManifest(connection)
 */
export async function createManifest(connection: DuckDBConnection): Promise<void> {
  await connection.run(`CREATE TABLE IF NOT EXISTS ${MANIFEST_TABLE} (
    dataset VARCHAR, version VARCHAR, file VARCHAR, sha256 VARCHAR, pinned BOOLEAN,
    rows BIGINT, imported_at VARCHAR, citation VARCHAR)`);
}

/**
 * Appends entries to the manifest.
 * @example await writeManifest(connection, [{dataset: 'cow-nmc', version: '6.0', ...}])
 */
export async function writeManifest(
  connection: DuckDBConnection,
  entries: readonly ManifestEntry[],
): Promise<void> {
  for (const e of entries) {
    await connection.run(`INSERT INTO ${MANIFEST_TABLE} VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
      e.dataset,
      e.version,
      e.file,
      e.sha256,
      e.pinned,
      e.rows,
      e.importedAt,
      e.citation,
    ]);
  }
}

/**
 * Reads the manifest of a database (`catalog` names an attached one); empty when it has none.
 * @example (await readManifest(connection)).map((e) => e.dataset) // ['atop', 'atop', 'atop', 'cow-nmc']
 */
export async function readManifest(
  connection: DuckDBConnection,
  catalog?: string,
): Promise<ManifestEntry[]> {
  const table = catalog ? `${catalog}.${MANIFEST_TABLE}` : MANIFEST_TABLE;
  const exists = await connection.runAndReadAll(
    `SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = '${MANIFEST_TABLE}' AND database_name = ${catalog ? `'${catalog}'` : 'current_database()'}`,
  );
  if (exists.getRowObjectsJS()[0]?.n === 0) return [];
  const reader = await connection.runAndReadAll(`SELECT * FROM ${table} ORDER BY dataset, file`);
  return reader.getRowObjectsJS().map((r) => ({
    dataset: String(r.dataset),
    version: String(r.version),
    file: String(r.file),
    sha256: String(r.sha256),
    pinned: Boolean(r.pinned),
    rows: Number(r.rows),
    importedAt: String(r.imported_at),
    citation: String(r.citation),
  }));
}
