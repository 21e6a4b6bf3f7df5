/** The two COW NMC releases the store can hold, the years each covers, and the rule that picks one for a year. */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DatasetId } from './datasets.ts';

export type NmcRelease = '6.0' | '7.0';

export interface NmcReleaseInfo {
  release: NmcRelease;
  dataset: DatasetId;
  table: string;
  from: number;
  to: number;
}

/** NMC 6.0 (COW's release, 1816-2016) and NMC 7.0 (peacesciencer's copy, 1816-2022). */
export const NMC_RELEASES: Readonly<Record<NmcRelease, NmcReleaseInfo>> = {
  '6.0': { release: '6.0', dataset: 'cow-nmc', table: 'cow_nmc', from: 1816, to: 2016 },
  '7.0': { release: '7.0', dataset: 'cow-nmc7', table: 'cow_nmc7', from: 1816, to: 2022 },
};

export const NMC_RELEASE_NAMES = Object.keys(NMC_RELEASES) as NmcRelease[];

/** The rule, in words, for help texts and READMEs. */
export const NMC_RULE =
  'COW NMC 6.0 for years up to 2016 (the published numbers; 7.0 revised some), 7.0 for 2017-2022, whichever of the two is imported when only one is';

/**
 * The release a `--nmc` value names ('6.0', '7.0', also '6' and '7'), or undefined.
 * @example parseNmcRelease('7') // '7.0'
 */
export function parseNmcRelease(text: string): NmcRelease | undefined {
  const t = text.trim();
  return t === '6' || t === '6.0' ? '6.0' : t === '7' || t === '7.0' ? '7.0' : undefined;
}

export interface NmcChoice {
  /** The release to read, or undefined when none that is imported (or the one asked for) covers the year. */
  release?: NmcRelease;
  /** Why: the rule or the request, and what is missing; shown with the answer. */
  why: string;
}

/**
 * The release for `year` among those imported: the one `requested` if given, else 6.0 up to 2016
 * and 7.0 after (whichever is imported, when only one is). Pure; `imported` comes from the store.
 * @example chooseNmcRelease(2020, new Set(['6.0', '7.0'])) // {release: '7.0', why: 'the default after 2016: NMC 6.0 ends there'}
 */
export function chooseNmcRelease(
  year: number,
  imported: ReadonlySet<NmcRelease>,
  requested?: NmcRelease,
): NmcChoice {
  const covers = (r: NmcRelease) => year >= NMC_RELEASES[r].from && year <= NMC_RELEASES[r].to;
  const span = (r: NmcRelease) => `${NMC_RELEASES[r].from}-${NMC_RELEASES[r].to}`;
  if (requested) {
    if (!imported.has(requested))
      return {
        why: `--nmc ${requested} asked for, but the store holds no ${NMC_RELEASES[requested].dataset}`,
      };
    if (!covers(requested))
      return {
        why: `--nmc ${requested} asked for, and NMC ${requested} covers ${span(requested)}`,
      };
    return { release: requested, why: `--nmc ${requested}` };
  }
  if (imported.has('6.0') && covers('6.0'))
    return {
      release: '6.0',
      why: imported.has('7.0')
        ? 'the default up to 2016; --nmc 7.0 for its revised figures'
        : 'the default up to 2016',
    };
  if (imported.has('7.0') && covers('7.0'))
    return {
      release: '7.0',
      why: imported.has('6.0')
        ? `the default after 2016: NMC 6.0 ends there`
        : `the store holds NMC 7.0 only`,
    };
  const held = NMC_RELEASE_NAMES.filter((r) => imported.has(r));
  return {
    why:
      held.length === 0
        ? 'the store holds no COW NMC (import cow-nmc or cow-nmc7)'
        : `no imported COW NMC release covers ${year} (${held.map((r) => `${r}: ${span(r)}`).join('; ')})`,
  };
}

/**
 * The NMC releases whose tables the store holds.
 * @example await importedNmcReleases(connection) // Set {'6.0', '7.0'}
 */
export async function importedNmcReleases(connection: DuckDBConnection): Promise<Set<NmcRelease>> {
  const reader = await connection.runAndReadAll('SELECT table_name FROM duckdb_tables()');
  const tables = new Set(reader.getRowObjectsJS().map((r) => String(r.table_name)));
  return new Set(NMC_RELEASE_NAMES.filter((r) => tables.has(NMC_RELEASES[r].table)));
}
