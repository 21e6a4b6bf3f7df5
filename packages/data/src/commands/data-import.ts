/** `casus data import <dir>`: load dataset files from a folder into the DuckDB store. */

import { formatIssue } from '@casus/core';
import { DATASET_IDS, parseDatasetList } from '../datasets.ts';
import { ImportError, importDatasets } from '../import.ts';
import { InputFileError } from '../input-file.ts';
import { defaultDbPath } from '../paths.ts';
import { StoreBusyError } from '../store-lock.ts';
import { type CommandIo, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from './io.ts';
import { parseCommand } from './parse.ts';
import { startProgress } from './progress.ts';

export const DATA_IMPORT_USAGE = 'casus data import <dir> [--only ids] [--db file] [--json]';

export const DATA_IMPORT_HELP = `Usage: ${DATA_IMPORT_USAGE}

Loads ATOP 5.1 and Correlates of War files from <dir> (laid out like shared/data:
atop/, cow/, peacesciencer/) into one DuckDB file, with a manifest of dataset,
version, sha256, rows and import time. Every file is checked before anything
changes; a malformed or truncated file is reported as file:line:column and the
database is left as it was. Datasets not found in <dir> are kept from the
previous import. Re-importing the same files gives the same database. One import
at a time per database: while one runs, another exits 1 and changes nothing.

Options:
  --only ids   comma-separated datasets (default: all found): ${DATASET_IDS.join(', ')}
  --db file    database file (default: $CASUS_DB, else $XDG_DATA_HOME/casus/casus.duckdb)
  --json       print the import report as JSON
  -h, --help   show this help`;

/**
 * Runs `casus data import`; returns 0 when imported, 1 on bad input, 2 on an internal error.
 * @example await runDataImport(['../shared/data', '--db', '/tmp/c.duckdb'], processIo()) // 0
 */
export async function runDataImport(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseCommand(args, {
    only: { type: 'string' },
    db: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!parsed.ok) return fail(io, `${parsed.message}\n${DATA_IMPORT_USAGE}`);
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${DATA_IMPORT_HELP}\n`);
    return EXIT_OK;
  }
  const [dir] = positionals;
  if (!dir || positionals.length > 1) return fail(io, `expected one folder\n${DATA_IMPORT_USAGE}`);
  const only = parseDatasetList(values.only as string | undefined);
  if (only.unknown.length > 0)
    return fail(
      io,
      `unknown dataset(s) ${only.unknown.join(', ')}; expected some of ${DATASET_IDS.join(', ')}`,
    );
  const dbPath = (values.db as string | undefined) ?? defaultDbPath(io.env);
  const bar = startProgress(io.stderr, only.ids.length, 'import');
  try {
    const report = await importDatasets({
      dir,
      dbPath,
      only: only.ids,
      onProgress: (p) => bar.update(p.done, p.dataset),
    });
    bar.stop();
    for (const warning of report.warnings) io.stderr.write(`warning: ${warning}\n`);
    if (values.json) io.stdout.write(`${JSON.stringify({ dbPath, ...report }, null, 2)}\n`);
    else {
      const datasets = [...new Set(report.imported.map((e) => e.dataset))];
      io.stdout.write(`imported ${datasets.join(', ')} into ${dbPath}\n`);
      if (report.kept.length > 0)
        io.stdout.write(`kept from the previous import: ${report.kept.join(', ')}\n`);
      if (report.missing.length > 0)
        io.stdout.write(`not found in ${dir}: ${report.missing.join(', ')}\n`);
    }
    return EXIT_OK;
  } catch (error) {
    bar.stop();
    if (error instanceof ImportError) {
      for (const issue of error.issues) io.stderr.write(`${formatIssue(issue)}\n`);
      io.stderr.write(`nothing was changed in ${dbPath}\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof InputFileError) {
      io.stderr.write(`${error.message}\nnothing was changed in ${dbPath}\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof StoreBusyError) {
      io.stderr.write(
        `${dbPath}: ${error.message} (or, if no import is running, delete ${error.lockPath})\nnothing was changed in ${dbPath}\n`,
      );
      return EXIT_BAD_INPUT;
    }
    io.stderr.write(`internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_INTERNAL;
  }
}

const fail = (io: CommandIo, message: string) => {
  io.stderr.write(`${message}\n`);
  return EXIT_BAD_INPUT;
};
