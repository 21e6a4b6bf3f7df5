/** `casus data fetch|import|status` and `casus dyads`: the research-data handlers of @casus/data, as commands. */
import {
  type CommandIo,
  DATA_FETCH_HELP,
  DATA_IMPORT_HELP,
  DATA_STATUS_HELP,
  DYADS_HELP,
  runDataFetch,
  runDataImport,
  runDataStatus,
  runDyads,
} from '@casus/data';
import type { Command, Io } from '../command.ts';

/** The data handlers write raw text (progress bars included); tests get line-wise capture instead. */
function commandIo(io: Io): CommandIo {
  if (io.streams) return { ...io.streams, env: process.env };
  return {
    stdout: { write: (t: string) => io.stdout(t.replace(/\n$/, '')) },
    stderr: { write: (t: string) => io.stderr(t.replace(/\n$/, '')) },
    env: process.env,
  };
}

function dataCommand(
  name: string,
  summary: string,
  usage: string,
  handler: (args: readonly string[], io: CommandIo) => Promise<number>,
): Command {
  return { name, summary, usage, run: (argv, io) => handler(argv, commandIo(io)) };
}

export const dataCommands: Command[] = [
  dataCommand(
    'data fetch',
    'download ATOP 5.1 and COW datasets (resumable, checksummed)',
    DATA_FETCH_HELP,
    runDataFetch,
  ),
  dataCommand(
    'data import',
    'load downloaded or local datasets into the DuckDB store',
    DATA_IMPORT_HELP,
    runDataImport,
  ),
  dataCommand(
    'data status',
    'what the research-data store holds, and what is missing',
    DATA_STATUS_HELP,
    runDataStatus,
  ),
  dataCommand(
    'dyads',
    'dyad-year data (ATOP, NMC, contiguity, majors) to CSV or Parquet',
    DYADS_HELP,
    runDyads,
  ),
];
