/** The research-data store opened read-only for a command that reads it, or bad input that says how to make one. */
import { existsSync } from 'node:fs';
import { defaultDbPath, openStore, type Store } from '@casus/data';
import { flagError } from './command.ts';

/**
 * Opens the store at `db` (default: the one casus data import writes) read-only; a missing file is
 * bad input in `flag`, with what the store must be (`expected`) and what to run (`hint`). The
 * caller closes it.
 * @example const store = await openResearchStore(undefined, '--db', 'a DuckDB file made by casus data import', 'run `casus data import DIR` first');
 */
export async function openResearchStore(
  db: string | undefined,
  flag: string,
  expected: string,
  hint: string,
): Promise<Store> {
  const path = db ?? defaultDbPath();
  if (!existsSync(path)) throw flagError(flag, `no research-data store at ${path}`, expected, hint);
  return openStore(path, { readOnly: true });
}
