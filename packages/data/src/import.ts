/** Imports dataset files from a folder into the store: validate everything first, build a new file, swap it in. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Issue } from '@casus/core';
import { sha256File } from './checksum.ts';
import { csvIssueFromDuckDb } from './csv/duckdb-error.ts';
import { csvIssue } from './csv/issue.ts';
import { type CsvShape, checkCsvShape } from './csv/shape.ts';
import { DATASETS, type Dataset, type DatasetId } from './datasets.ts';
import { readCsv } from './importers/read-csv.ts';
import { IMPORTERS } from './importers/registry.ts';
import { createManifest, type ManifestEntry, readManifest, writeManifest } from './manifest.ts';
import { openStore, replaceAtomically } from './store.ts';

export interface ImportOptions {
  /** A folder laid out like shared/data (atop/, cow/, peacesciencer/). */
  dir: string;
  dbPath: string;
  /** Datasets to import; default all found in `dir`. Others already in the store are kept. */
  only?: readonly DatasetId[];
  onProgress?: (step: { dataset: DatasetId; done: number; total: number }) => void;
  now?: () => Date;
}

export interface ImportReport {
  imported: ManifestEntry[];
  /** Datasets carried over unchanged from the previous database. */
  kept: string[];
  /** Requested datasets with no file in `dir`. */
  missing: DatasetId[];
  warnings: string[];
}

/** Bad input: nothing was changed; `issues` name the file, line and column. */
export class ImportError extends Error {
  constructor(readonly issues: Issue[]) {
    super(issues.map((i) => `${i.file}:${i.line ?? 1}:${i.column ?? 1} ${i.message}`).join('\n'));
    this.name = 'ImportError';
  }
}

interface CheckedFile {
  abs: string;
  source: string;
  rel: string;
  header: string[];
  entry: Omit<ManifestEntry, 'importedAt'>;
}

async function checkDataset(
  dir: string,
  dataset: Dataset,
  warnings: string[],
): Promise<CheckedFile[]> {
  const checked: CheckedFile[] = [];
  for (const file of dataset.files) {
    const abs = join(dir, file.path);
    const result = await checkCsvShape(abs, Object.keys(file.columns), abs);
    if (!result.ok) throw new ImportError([result.issue]);
    const sha256 = await sha256File(abs);
    const pinned = sha256 === file.sha256;
    if (!pinned) refuseIfCut(abs, result.shape);
    if (!pinned)
      warnings.push(
        `${abs}: sha256 ${sha256} is not the pinned ${dataset.name} ${dataset.version} file; imported as found`,
      );
    checked.push({
      abs,
      source: readCsv(abs, file.columns),
      rel: file.path,
      header: result.shape.header,
      entry: {
        dataset: dataset.id,
        version: dataset.version,
        file: file.path,
        sha256,
        pinned,
        rows: result.shape.rows,
        citation: dataset.citation,
      },
    });
  }
  return checked;
}

/**
 * A file that is not the pinned one must hold rows and must not end mid-row: otherwise a
 * truncated download or an emptied copy would replace a dataset's rows with fewer, or none.
 */
function refuseIfCut(file: string, shape: CsvShape): void {
  const expected = 'the whole dataset file, e.g. from `casus data fetch`';
  if (shape.rows === 0)
    throw new ImportError([
      csvIssue(file, 2, 1, 'the file has a header but no rows: it is empty or cut short', expected),
    ]);
  const cut = shape.cutAfterComma;
  if (cut)
    throw new ImportError([
      csvIssue(
        file,
        cut.line,
        cut.column,
        'the file ends right after a comma, with no line end: it looks cut short',
        expected,
      ),
    ]);
}

function missingFileIssue(dir: string, dataset: Dataset, path: string): Issue {
  return {
    code: 'missing_field',
    severity: 'error',
    file: join(dir, path),
    pointer: '',
    message: `${dataset.id} needs ${dataset.files.map((f) => f.path).join(', ')}; this file is missing`,
    hint: `run \`casus data fetch --only ${dataset.id}\` first, or copy the file there`,
  };
}

/** Copies the tables and manifest rows of datasets that this import leaves alone. */
async function carryOver(
  run: (sql: string) => Promise<unknown>,
  previous: ManifestEntry[],
  replacing: Set<string>,
) {
  const kept = [...new Set(previous.map((e) => e.dataset))].filter((d) => !replacing.has(d));
  for (const id of kept) {
    for (const table of DATASETS.find((d) => d.id === id)?.tables ?? []) {
      await run(`CREATE TABLE ${table} AS SELECT * FROM previous.${table}`);
    }
  }
  return { kept, entries: previous.filter((e) => kept.includes(e.dataset)) };
}

/**
 * Imports every dataset found in `dir` into a new database file and swaps it over `dbPath`.
 * Bad input throws ImportError and leaves `dbPath` as it was.
 * @example await importDatasets({ dir: '../shared/data', dbPath: '/tmp/casus.duckdb' }) // {imported: [...], kept: [], ...}
 */
export async function importDatasets(options: ImportOptions): Promise<ImportReport> {
  const { dir, dbPath } = options;
  const wanted = DATASETS.filter((d) => !options.only || options.only.includes(d.id));
  const warnings: string[] = [];
  const missing: DatasetId[] = [];
  const plan: { dataset: Dataset; files: CheckedFile[] }[] = [];
  for (const dataset of wanted) {
    const present = dataset.files.filter((f) => existsSync(join(dir, f.path)));
    if (present.length === 0) {
      missing.push(dataset.id);
      continue;
    }
    const absent = dataset.files.find((f) => !present.includes(f));
    if (absent) throw new ImportError([missingFileIssue(dir, dataset, absent.path)]);
    plan.push({ dataset, files: await checkDataset(dir, dataset, warnings) });
  }
  if (plan.length === 0) {
    throw new ImportError([
      {
        code: 'missing_field',
        severity: 'error',
        file: dir,
        pointer: '',
        message: 'no dataset files found in this folder',
        expected: 'a folder laid out like shared/data: atop/atop5_1a.csv, cow/system2016.csv, ...',
        hint: 'run `casus data fetch` first',
      },
    ]);
  }
  const importedAt = (options.now?.() ?? new Date()).toISOString();
  return replaceAtomically(dbPath, async (temp) => {
    const store = await openStore(temp);
    const run = (sql: string) => store.connection.run(sql);
    try {
      let carried = { kept: [] as string[], entries: [] as ManifestEntry[] };
      if (existsSync(dbPath)) {
        await run(`ATTACH '${dbPath.replaceAll("'", "''")}' AS previous (READ_ONLY)`);
        carried = await carryOver(
          run,
          await readManifest(store.connection, 'previous'),
          new Set(plan.map((p) => p.dataset.id)),
        );
        await run('DETACH previous');
      }
      await run('BEGIN TRANSACTION');
      const imported: ManifestEntry[] = [];
      for (const [index, { dataset, files }] of plan.entries()) {
        await loadDataset(run, dataset, files);
        imported.push(...files.map((f) => ({ ...f.entry, importedAt })));
        options.onProgress?.({ dataset: dataset.id, done: index + 1, total: plan.length });
      }
      await createManifest(store.connection);
      await writeManifest(store.connection, [...carried.entries, ...imported]);
      await run('COMMIT');
      await run('CHECKPOINT');
      return { imported, kept: carried.kept, missing, warnings };
    } finally {
      store.close();
    }
  });
}

async function loadDataset(
  run: (sql: string) => Promise<unknown>,
  dataset: Dataset,
  files: CheckedFile[],
) {
  try {
    await IMPORTERS[dataset.id](
      run,
      files.map((f) => f.source),
    );
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const culprit = files.find((f) => text.includes(f.abs)) ?? files[0]!;
    throw new ImportError([csvIssueFromDuckDb(error, culprit.abs, culprit.header)]);
  }
}
