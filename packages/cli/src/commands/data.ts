/**
 * `casus data fetch|import|status`, `casus dyads` and `casus stateyears`: the research-data handlers of @casus/data, as
 * commands. Each imports only its own handler, so `casus dyads` starts without the engine.
 */
import type { CommandIo } from '@casus/data';
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
  usage: string,
  handler: (args: readonly string[], io: CommandIo) => Promise<number>,
): Command {
  return { name, usage, run: (argv, io) => handler(argv, commandIo(io)) };
}

export async function dataFetchCommand(): Promise<Command> {
  const { DATA_FETCH_HELP, runDataFetch } = await import('@casus/data/commands/data-fetch');
  return dataCommand('data fetch', DATA_FETCH_HELP, runDataFetch);
}

export async function dataImportCommand(): Promise<Command> {
  const { DATA_IMPORT_HELP, runDataImport } = await import('@casus/data/commands/data-import');
  return dataCommand('data import', DATA_IMPORT_HELP, runDataImport);
}

export async function dataStatusCommand(): Promise<Command> {
  const { DATA_STATUS_HELP, runDataStatus } = await import('@casus/data/commands/data-status');
  return dataCommand('data status', DATA_STATUS_HELP, runDataStatus);
}

export async function dyadsCommand(): Promise<Command> {
  const { DYADS_HELP, runDyads } = await import('@casus/data/commands/dyads');
  return dataCommand('dyads', DYADS_HELP, runDyads);
}

export async function stateYearsCommand(): Promise<Command> {
  const { STATEYEARS_HELP, runStateYears } = await import('@casus/data/commands/stateyears');
  return dataCommand('stateyears', STATEYEARS_HELP, runStateYears);
}
