import type { AnswerHeader, DeterrenceInputs, IsoDate, Library } from '@casus/core';
import {
  capabilityChoice,
  historicalInputs,
  historicalLibrary,
  type NmcRelease,
  parseNmcRelease,
} from '@casus/data';
import { parseChoice } from './args.ts';
import { UsageError } from './command.ts';
import { openResearchStore } from './research-store.ts';

export const historyFlags = {
  atop: { type: 'boolean' },
  db: { type: 'string' },
  unstated: { type: 'string' },
} as const;

/** `--nmc 6.0|7.0`: the COW NMC release of the CINC the deterrence ratio uses under --atop. */
export const nmcFlags = { nmc: { type: 'string' } } as const;

export const NMC_USAGE = `  --nmc 6.0|7.0         with --atop and --mode probabilistic: the COW NMC release of the CINC
                        the deterrence ratio uses; default 6.0 up to 2016 (the published
                        figures), 7.0 for 2017-2022 (6.0 ends in 2016); the answer's capability
                        line names the release and why. After 2022 the present-day proxy serves`;

/**
 * The --nmc flag as a release, or undefined when it is absent; a bad value is a usage error.
 * @example nmcOption({ nmc: '7.0' }) // '7.0'
 */
export function nmcOption(flags: { nmc?: string | undefined }): NmcRelease | undefined {
  if (flags.nmc === undefined) return undefined;
  const release = parseNmcRelease(flags.nmc);
  if (!release) throw new UsageError(`--nmc must be 6.0 or 7.0, not "${flags.nmc}"`);
  return release;
}

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
  /** COW CINC (NMC 6.0 or 7.0) and capitals for the deterrence ratio, for dates up to 2022. */
  capability?: { inputs: DeterrenceInputs; source: string } | undefined;
  /** With --atop but no COW CINC for the date: why (the present-day proxy serves instead). */
  capabilityGap?: string;
}

/**
 * The library to answer on: as it is, or with history added when --atop is given.
 * @example await withHistory(lib, asDate('1914-08-01'), { atop: true }) // {library, history: {alliances: …}}
 */
export async function withHistory(
  library: Library,
  date: IsoDate,
  flags: { atop?: boolean | undefined; db?: string | undefined; nmc?: string | undefined },
): Promise<WithHistory> {
  const nmc = nmcOption(flags);
  if (!flags.atop) {
    if (nmc) throw new UsageError('--nmc chooses the COW CINC of --atop: add --atop');
    return { library };
  }
  const store = await openResearchStore(
    flags.db,
    '--atop',
    'a DuckDB file made by casus data import',
    'run `casus data import DIR` (or `casus data fetch`, then `casus data import`) first',
  );
  try {
    const h = await historicalLibrary(store.connection, library, date);
    const capability = await historicalInputs(store.connection, date, { nmc });
    const gap = capability ? undefined : (await capabilityChoice(store.connection, date, nmc)).why;
    return {
      library: h.library,
      history: { dataset: 'ATOP 5.1', alliances: h.added, differences: h.differences.length },
      capability,
      ...(gap ? { capabilityGap: gap } : {}),
    };
  } finally {
    store.close();
  }
}
