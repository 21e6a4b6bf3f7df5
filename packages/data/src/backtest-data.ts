/** What the backtest reads from the research-data store: COW war participants, ATOP memberships and agreements, COW capitals and capabilities, and the manifest. */
import {
  type AllianceMembership,
  type BacktestInput,
  type CapitalSpell,
  type CincScore,
  type IsoDate,
  type Library,
  OBLIGATIONS,
  type Spell,
  type StateId,
  stateByCcode,
  type WarEntry,
} from '@casus/core';
import type { DuckDBConnection } from '@duckdb/node-api';
import { loadAtopAgreements } from './atop-agreements.ts';
import { type ManifestEntry, readManifest } from './manifest.ts';
import { mergeWithCurated } from './merge-curated.ts';

type Row = Record<string, number | string | null>;

/** The datasets the backtest needs, and those that only sharpen `p` (distance, capability). */
export const BACKTEST_DATASETS = {
  needed: ['atop', 'cow-wars'],
  optional: ['cow-nmc', 'cow-capitals'],
} as const;

const NEEDED_TABLES: Record<string, string[]> = {
  atop: ['atop_alliances', 'atop_members'],
  'cow-wars': ['cow_war_participants'],
  'cow-nmc': ['cow_nmc'],
  'cow-capitals': ['cow_capitals'],
};

export interface BacktestData {
  input: BacktestInput;
  /** Manifest rows of the datasets read. */
  manifest: ManifestEntry[];
  /** Rows left out (a COW code with no state record), each once. */
  warnings: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A COW date; unknown month or day (-9) is the first (for a start) or the last (for an end); ongoing (-7) is 2007-12-31. */
function cowDate(y: number, m: number, d: number, end: boolean): IsoDate {
  if (end && (y === -7 || m === -7)) return '2007-12-31' as IsoDate;
  const month = m > 0 ? m : end ? 12 : 1;
  const day = d > 0 ? d : end ? lastDay(y, month) : 1;
  return `${y}-${pad(month)}-${pad(day)}` as IsoDate;
}

function spellsOf(r: Row): Spell[] {
  const n = (k: string) => Number(r[k]);
  const spells = [
    {
      start: cowDate(n('StartYear1'), n('StartMonth1'), n('StartDay1'), false),
      end: cowDate(n('EndYear1'), n('EndMonth1'), n('EndDay1'), true),
    },
  ];
  if (n('StartYear2') > 0)
    spells.push({
      start: cowDate(n('StartYear2'), n('StartMonth2'), n('StartDay2'), false),
      end: cowDate(n('EndYear2'), n('EndMonth2'), n('EndDay2'), true),
    });
  return spells;
}

const rowsOf = async (connection: DuckDBConnection, sql: string) =>
  (await connection.runAndReadAll(sql)).getRowObjectsJson() as Row[];

async function tablesPresent(connection: DuckDBConnection): Promise<Set<string>> {
  const rows = await rowsOf(connection, 'SELECT table_name FROM information_schema.tables');
  return new Set(rows.map((r) => String(r.table_name)));
}

/**
 * The datasets a store lacks for the backtest (needed ones first); empty when it can run.
 * @example await missingBacktestDatasets(connection) // ['cow-wars']
 */
export async function missingBacktestDatasets(connection: DuckDBConnection): Promise<string[]> {
  const present = await tablesPresent(connection);
  return [...BACKTEST_DATASETS.needed].filter((d) =>
    NEEDED_TABLES[d]!.some((t) => !present.has(t)),
  );
}

async function warsOf(
  connection: DuckDBConnection,
  warn: (m: string) => void,
): Promise<WarEntry[]> {
  const rows = await rowsOf(
    connection,
    'SELECT * FROM cow_war_participants ORDER BY WarNum, ccode, Side',
  );
  return rows.flatMap((r) => {
    const state = stateByCcode(Number(r.ccode));
    if (!state) {
      warn(`COW war ${r.WarNum}: ccode ${r.ccode} has no state record; left out`);
      return [];
    }
    return [
      {
        war: Number(r.WarNum),
        warName: String(r.WarName),
        ccode: Number(r.ccode),
        state: state.iso3 as StateId,
        side: Number(r.Side),
        spells: spellsOf(r),
        initiator: Number(r.Initiator) === 1,
        whereFought: Number(r.WhereFought),
      },
    ];
  });
}

const ATOP_COLUMNS = ['defense', 'offense', 'neutral', 'nonagg', 'consul'] as const;

async function membershipsOf(connection: DuckDBConnection): Promise<AllianceMembership[]> {
  const rows = await rowsOf(
    connection,
    'SELECT * FROM atop_members ORDER BY atopid, member, phase, yrent',
  );
  return rows.flatMap((r) => {
    const state = stateByCcode(Number(r.member));
    if (!state || Number(r.yrent) <= 0) return [];
    const n = (k: string) => Number(r[k]);
    const exited =
      n('yrexit') > 0 ? cowDate(n('yrexit'), n('moexit'), n('dayexit'), true) : undefined;
    return [
      {
        atopid: n('atopid'),
        phase: n('phase'),
        ccode: n('member'),
        state: state.iso3 as StateId,
        entered: cowDate(n('yrent'), n('moent'), n('dayent'), false),
        ...(exited ? { exited } : {}),
        bilateral: n('bilat') === 1,
        obligations: OBLIGATIONS.filter((_, i) => n(ATOP_COLUMNS[i]!) === 1),
        ...(n('neucoatt') === 1 ? { neutralOnlyIfAttacked: true } : {}),
      },
    ];
  });
}

async function capitalsOf(
  connection: DuckDBConnection,
  present: Set<string>,
): Promise<CapitalSpell[]> {
  if (!present.has('cow_capitals')) return [];
  const rows = await rowsOf(
    connection,
    `SELECT ccode, capital, lng, lat, strftime(stdate, '%Y-%m-%d') AS "from", strftime(enddate, '%Y-%m-%d') AS "to"
     FROM cow_capitals ORDER BY ccode, stdate`,
  );
  return rows.map((r) => ({
    ccode: Number(r.ccode),
    capital: String(r.capital),
    lng: Number(r.lng),
    lat: Number(r.lat),
    from: String(r.from) as IsoDate,
    to: String(r.to) as IsoDate,
  }));
}

async function cincOf(connection: DuckDBConnection, present: Set<string>): Promise<CincScore[]> {
  if (!present.has('cow_nmc')) return [];
  const rows = await rowsOf(
    connection,
    'SELECT ccode, year, cinc FROM cow_nmc WHERE cinc IS NOT NULL',
  );
  return rows.map((r) => ({ ccode: Number(r.ccode), year: Number(r.year), cinc: Number(r.cinc) }));
}

/**
 * Everything the backtest reads, from a store made by `casus data import` (check
 * missingBacktestDatasets first): the curated library gains every ATOP alliance, the curated
 * agreements replacing their ATOP codings.
 * @example (await loadBacktestData(store.connection, curated)).input.wars.length // 332
 */
export async function loadBacktestData(
  connection: DuckDBConnection,
  curated: Library,
): Promise<BacktestData> {
  const present = await tablesPresent(connection);
  const warnings = new Set<string>();
  const atop = await loadAtopAgreements(connection);
  const merged = mergeWithCurated(atop.agreements, [...curated.agreements.values()]);
  const read = new Set<string>([...BACKTEST_DATASETS.needed, ...BACKTEST_DATASETS.optional]);
  return {
    input: {
      wars: await warsOf(connection, (m) => warnings.add(m)),
      memberships: await membershipsOf(connection),
      library: { ...curated, agreements: new Map(merged.agreements.map((a) => [a.id, a])) },
      capitals: await capitalsOf(connection, present),
      cinc: await cincOf(connection, present),
    },
    manifest: (await readManifest(connection)).filter((e) => read.has(e.dataset)),
    warnings: [...warnings, ...atop.warnings],
  };
}
