import {
  chooseNmcRelease,
  importedNmcReleases,
  loadCapabilities,
  type ManifestEntry,
  NMC_RELEASES,
  type NmcRelease,
  readManifest,
  type Store,
} from '@casus/data';
import { flagError } from '../command.ts';
import { openResearchStore } from '../research-store.ts';

type Connection = Store['connection'];

/**
 * Casus's coding of ATOP for landscape theory (an assumption: Axelrod & Bennett built their
 * propensities from other factors, methods.md §5.3): a defence or offence pledge between the two
 * in force in the year is a propensity to align, +1; an ATOP alliance with only neutrality,
 * non-aggression or consultation is neither, 0; no ATOP alliance at all is read as a propensity
 * to oppose, −1 (without some negative propensity every state on one side is a global minimum).
 */
export const ATOP_CODING = {
  pact: 1,
  weaker: 0,
  none: -1,
  words:
    'ATOP 5.1 directed dyad-years of the year, either direction: a defence or offence pledge +1; an alliance with only neutrality, non-aggression or consultation 0; no ATOP alliance −1 (Casus’s coding, an assumption; --propensity FILE for another)',
} as const;

export interface StoreInputs {
  /** p for each pair of ccodes, keyed "low-high"; absent when not asked for. */
  propensity?: Map<string, number>;
  /** CINC by ccode; absent when not asked for. */
  sizes?: Map<number, number>;
  nmc?: { release: NmcRelease; why: string };
  /** The manifest entries of the datasets read. */
  data: ManifestEntry[];
}

export const pairKey = (a: number, b: number): string => `${Math.min(a, b)}-${Math.max(a, b)}`;

/** What a store must be, for the issues that name it. */
const STORE_EXPECTED = 'a DuckDB file made by casus data import, holding atop and cow-nmc';

async function tables(connection: Connection): Promise<Set<string>> {
  const reader = await connection.runAndReadAll('SELECT table_name FROM duckdb_tables()');
  return new Set(reader.getRowObjectsJS().map((r) => String(r.table_name)));
}

async function atopPropensity(connection: Connection, year: number, path: string) {
  if (!(await tables(connection)).has('atop_ddyr'))
    throw flagError(
      '--db',
      `the store at ${path} holds no ATOP`,
      STORE_EXPECTED,
      'run `casus data import DIR --only atop` first',
    );
  const span = (
    await connection.runAndReadAll('SELECT min(year) AS lo, max(year) AS hi FROM atop_ddyr')
  ).getRowObjectsJS()[0]!;
  if (year < Number(span.lo) || year > Number(span.hi))
    throw flagError(
      '--year',
      `ATOP covers ${span.lo}-${span.hi}, not ${year}`,
      `a year from ${span.lo} to ${span.hi}`,
      'give --propensity FILE for another year',
    );
  const reader = await connection.runAndReadAll(
    `SELECT least(stateA, stateB) AS a, greatest(stateA, stateB) AS b,
       max(greatest(defense, offense)) AS pact, max(atopally) AS ally
     FROM atop_ddyr WHERE year = $1 GROUP BY ALL`,
    [year],
  );
  const p = new Map<string, number>();
  for (const r of reader.getRowObjectsJS())
    p.set(
      pairKey(Number(r.a), Number(r.b)),
      Number(r.pact) === 1
        ? ATOP_CODING.pact
        : Number(r.ally) === 1
          ? ATOP_CODING.weaker
          : ATOP_CODING.none,
    );
  return p;
}

async function cincSizes(connection: Connection, year: number) {
  const nmc = chooseNmcRelease(year, await importedNmcReleases(connection));
  if (!nmc.release)
    throw flagError(
      '--size',
      `no CINC for ${year}: ${nmc.why}`,
      STORE_EXPECTED,
      'give --size FILE, or import cow-nmc',
    );
  const records = await loadCapabilities(connection, year, nmc.release);
  const sizes = new Map<number, number>();
  for (const [ccode, r] of records) if (r.cinc !== null) sizes.set(ccode, r.cinc);
  return { sizes, nmc: { release: nmc.release, why: nmc.why } };
}

/**
 * Reads what `casus landscape` takes from the store for `year`: ATOP propensities and/or CINC.
 * A missing store or dataset is bad input that names the import to run.
 * @example await readStoreInputs(undefined, 2016, { atop: true, cinc: true })
 */
export async function readStoreInputs(
  db: string | undefined,
  year: number,
  wanted: { atop: boolean; cinc: boolean },
): Promise<StoreInputs> {
  const store = await openResearchStore(
    db,
    '--db',
    STORE_EXPECTED,
    'run `casus data import DIR` (or `casus data fetch`, then `casus data import`) first, or give --propensity FILE and --size FILE',
  );
  try {
    const out: StoreInputs = { data: [] };
    const datasets = new Set<string>();
    if (wanted.atop) {
      out.propensity = await atopPropensity(store.connection, year, store.path);
      datasets.add('atop');
    }
    if (wanted.cinc) {
      const { sizes, nmc } = await cincSizes(store.connection, year);
      out.sizes = sizes;
      out.nmc = nmc;
      datasets.add(NMC_RELEASES[nmc.release].dataset);
    }
    out.data = (await readManifest(store.connection)).filter(
      (m) => datasets.has(m.dataset) && (m.dataset !== 'atop' || /ddyr/.test(m.file)),
    );
    return out;
  } finally {
    store.close();
  }
}
