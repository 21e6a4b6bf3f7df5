/** Default locations of the Casus database and downloaded data, following the XDG base directories. */
import { homedir } from 'node:os';
import { join } from 'node:path';

type Env = Record<string, string | undefined>;

const dataHome = (env: Env): string =>
  join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'casus');

/**
 * The database file: $CASUS_DB, else $XDG_DATA_HOME/casus/casus.duckdb, else ~/.local/share/casus/casus.duckdb.
 * @example defaultDbPath({ CASUS_DB: '/tmp/x.duckdb' }) // '/tmp/x.duckdb'
 */
export function defaultDbPath(env: Env = process.env): string {
  return env.CASUS_DB || join(dataHome(env), 'casus.duckdb');
}

/**
 * The folder `casus data fetch` downloads into (the layout of shared/data), beside the database.
 * @example defaultDataDir({ XDG_DATA_HOME: '/d' }) // '/d/casus/data'
 */
export function defaultDataDir(env: Env = process.env): string {
  return env.CASUS_DATA_DIR || join(dataHome(env), 'data');
}
