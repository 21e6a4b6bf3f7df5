/** `casus data status`: what the store holds and what is missing. */
import { InputFileError } from '../input-file.ts';
import { defaultDbPath } from '../paths.ts';
import { formatStatus, readStatus } from '../status.ts';
import { type CommandIo, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from './io.ts';
import { parseCommand } from './parse.ts';

export const DATA_STATUS_USAGE = 'casus data status [--db file] [--json]';

export const DATA_STATUS_HELP = `Usage: ${DATA_STATUS_USAGE}

Prints each dataset Casus knows (ATOP 5.1, COW states, system, majors, NMC 6.0
and 7.0, contiguity, capitals, democracy, wars, MIDs): loaded with version, rows
and import time, or missing with the command that brings it. Exits 0 either way.

Options:
  --db file    database file (default: $CASUS_DB, else $XDG_DATA_HOME/casus/casus.duckdb)
  --json       print the status as JSON
  -h, --help   show this help`;

/**
 * Runs `casus data status`; returns 0, or 1 on bad arguments, 2 when the database cannot be read.
 * @example await runDataStatus(['--json'], processIo()) // 0
 */
export async function runDataStatus(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseCommand(args, {
    db: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!parsed.ok || parsed.positionals.length > 0) {
    io.stderr.write(
      `${parsed.ok ? 'unexpected argument' : parsed.message}\n${DATA_STATUS_USAGE}\n`,
    );
    return EXIT_BAD_INPUT;
  }
  if (parsed.values.help) {
    io.stdout.write(`${DATA_STATUS_HELP}\n`);
    return EXIT_OK;
  }
  const dbPath = (parsed.values.db as string | undefined) ?? defaultDbPath(io.env);
  try {
    const status = await readStatus(dbPath);
    io.stdout.write(
      parsed.values.json ? `${JSON.stringify(status, null, 2)}\n` : `${formatStatus(status)}\n`,
    );
    return EXIT_OK;
  } catch (error) {
    if (error instanceof InputFileError) {
      io.stderr.write(`${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    io.stderr.write(
      `cannot read ${dbPath}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return EXIT_INTERNAL;
  }
}
