/** `--atop`: answer on the library of a date joined with ATOP's alliances, from the research-data store. */
import { existsSync } from 'node:fs';
import type { AnswerHeader, DeterrenceInputs, IsoDate, Library } from '@casus/core';
import { defaultDbPath, historicalInputs, historicalLibrary, openStore } from '@casus/data';
import { parseChoice } from './args.ts';
import { InputError } from './command.ts';

export const historyFlags = {
  atop: { type: 'boolean' },
  db: { type: 'string' },
  unstated: { type: 'string' },
} as const;

export const HISTORY_USAGE = `  --atop                add every ATOP 5.1 alliance in force on the date (curated agreements
                        win) and a place XXX.territory for each state the gazetteer lacks
  --db FILE             the research-data store (default $CASUS_DB or ~/.local/share/casus)
  --unstated met|unmet  whether conditions ATOP records without stating them (a particular
                        adversary, a particular location) count as met (default met)`;

/**
 * The --unstated flag as an assumption, or nothing when it is absent.
 * @example unstatedOption({ unstated: 'unmet' }) // {unstatedConditions: 'unmet'}
 */
export function unstatedOption(flags: { unstated?: string | undefined }): {
  unstatedConditions?: 'met' | 'unmet';
} {
  const unstated = parseChoice('--unstated', flags.unstated, ['met', 'unmet']);
  return unstated === undefined ? {} : { unstatedConditions: unstated };
}

export interface WithHistory {
  library: Library;
  history?: AnswerHeader['history'];
  /** COW CINC and capitals for the deterrence ratio, for dates up to 2016. */
  capability?: { inputs: DeterrenceInputs; source: string } | undefined;
}

/**
 * The library to answer on: as it is, or with history added when --atop is given.
 * @example await withHistory(lib, asDate('1914-08-01'), { atop: true }) // {library, history: {alliances: …}}
 */
export async function withHistory(
  library: Library,
  date: IsoDate,
  flags: { atop?: boolean | undefined; db?: string | undefined },
): Promise<WithHistory> {
  if (!flags.atop) return { library };
  const path = flags.db ?? defaultDbPath();
  if (!existsSync(path))
    throw new InputError([
      {
        code: 'invalid_value',
        severity: 'error',
        file: '--atop',
        pointer: '',
        message: `no research-data store at ${path}`,
        expected: 'a DuckDB file made by casus data import',
        hint: 'run `casus data import DIR` (or `casus data fetch`, then `casus data import`) first',
      },
    ]);
  const store = await openStore(path, { readOnly: true });
  try {
    const h = await historicalLibrary(store.connection, library, date);
    return {
      library: h.library,
      history: { dataset: 'ATOP 5.1', alliances: h.added, differences: h.differences.length },
      capability: await historicalInputs(store.connection, date),
    };
  } finally {
    store.close();
  }
}
