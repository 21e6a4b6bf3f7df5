/** What the store holds: each dataset loaded or missing, and the command that brings a missing one. */
import { existsSync } from 'node:fs';
import { DATASETS } from './datasets.ts';
import { readManifest } from './manifest.ts';
import { openStore } from './store.ts';

export interface DatasetStatus {
  id: string;
  name: string;
  version: string;
  loaded: boolean;
  rows?: number;
  importedAt?: string;
  /** False when a loaded file is not the pinned release file. */
  pinned?: boolean;
  /** For a missing dataset: the commands that bring it. */
  hint?: string;
}

export interface StoreStatus {
  dbPath: string;
  exists: boolean;
  datasets: DatasetStatus[];
}

const hintFor = (id: string) =>
  `run \`casus data fetch --only ${id}\` then \`casus data import <dir>\` (or import a local copy)`;

/**
 * Reads the manifest of `dbPath` and lists every catalogued dataset as loaded or missing.
 * @example (await readStatus('/tmp/casus.duckdb')).datasets[0] // {id: 'atop', loaded: true, rows: 276595, ...}
 */
export async function readStatus(dbPath: string): Promise<StoreStatus> {
  const exists = existsSync(dbPath);
  let manifest: Awaited<ReturnType<typeof readManifest>> = [];
  if (exists) {
    const store = await openStore(dbPath, { readOnly: true });
    try {
      manifest = await readManifest(store.connection);
    } finally {
      store.close();
    }
  }
  const datasets = DATASETS.map((d): DatasetStatus => {
    const entries = manifest.filter((e) => e.dataset === d.id);
    if (entries.length === 0)
      return { id: d.id, name: d.name, version: d.version, loaded: false, hint: hintFor(d.id) };
    return {
      id: d.id,
      name: d.name,
      version: entries[0]!.version,
      loaded: true,
      rows: entries.reduce((sum, e) => sum + e.rows, 0),
      importedAt: entries[0]!.importedAt,
      pinned: entries.every((e) => e.pinned),
    };
  });
  return { dbPath, exists, datasets };
}

/**
 * Renders a status as a plain-text table for the terminal.
 * @example formatStatus(status) // 'database: /tmp/casus.duckdb\n  atop  5.1  loaded  276,595 rows ...'
 */
export function formatStatus(status: StoreStatus): string {
  const lines = [`database: ${status.dbPath}${status.exists ? '' : ' (not created yet)'}`];
  const width = Math.max(...status.datasets.map((d) => d.id.length));
  for (const d of status.datasets) {
    const id = d.id.padEnd(width);
    if (d.loaded) {
      const note = d.pinned ? '' : '  (not the pinned release file)';
      lines.push(
        `  ${id}  ${d.version.padEnd(6)} loaded   ${d.rows?.toLocaleString('en-US')} rows, ${d.importedAt}${note}`,
      );
    } else {
      lines.push(`  ${id}  ${d.version.padEnd(6)} missing  ${d.hint}`);
    }
  }
  const missing = status.datasets.filter((d) => !d.loaded).length;
  lines.push(
    missing === 0
      ? 'all datasets loaded'
      : `${missing} of ${status.datasets.length} datasets missing`,
  );
  return lines.join('\n');
}
