/** Dyad-years in the conventions of peacesciencer's create_dyadyears(), computed in DuckDB and streamed to disk. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { copyQuery, isParquet } from './copy-query.ts';
import type { DatasetId } from './datasets.ts';
import { type AdditionSql, midsSql, mindistSql } from './dyad-joins.ts';
import { DYAD_SIMILARITY_TABLE, SIMILARITY_COLUMNS } from './dyad-similarity-table.ts';
import { NMC_RELEASES, type NmcRelease } from './nmc.ts';

export type DyadAddition =
  | 'atop'
  | 'nmc'
  | 'contiguity'
  | 'majors'
  | 'capdist'
  | 'democracy'
  | 'cowwars'
  | 'similarity'
  | 'mindist'
  | 'cowmids'
  | 'gmlmids';
export const DYAD_ADDITIONS: readonly DyadAddition[] = [
  'atop',
  'nmc',
  'contiguity',
  'majors',
  'capdist',
  'democracy',
  'cowwars',
  'similarity',
  'mindist',
  'cowmids',
  'gmlmids',
];

/** The additions whose SQL lives in dyad-joins.ts. */
const JOINED: Partial<
  Record<
    DyadAddition,
    (num: (c: string) => string, directed: boolean, part: DyadOptions['part']) => AdditionSql
  >
> = {
  mindist: (num, _, part) => mindistSql(num, pairInPart('md.ccode1', 'md.ccode2', part)),
  cowmids: (_, directed) => midsSql('cow', directed),
  gmlmids: (_, directed) => midsSql('gml', directed),
};

export interface DyadOptions {
  from: number;
  to: number;
  /** Both orders of every pair; default non-directed, ccode1 < ccode2. */
  directed?: boolean;
  /** The additions, whose columns follow in this order, as a peacesciencer pipeline adds them. */
  with?: readonly DyadAddition[];
  /** The NMC release of the `nmc` columns and the similarity weights: 7.0 (default, cow_nmc7, peacesciencer's) or 6.0 (cow_nmc). */
  nmc?: NmcRelease;
  /** Numbers as R's write.csv() writes them (for CSV output; Parquet keeps the types). */
  rText?: boolean;
  /** Only the dyads whose ccode1 is at least the first and below the second: one part of a file. */
  part?: readonly [number, number];
}

/** The default NMC release of the nmc columns: peacesciencer's add_nmc() bundles 7.0. */
export const DYAD_NMC_DEFAULT: NmcRelease = '7.0';

const TABLES_NEEDED: Record<Exclude<DyadAddition, 'similarity'> | 'states', string> = {
  states: 'cow_states',
  atop: 'atop_ddyr',
  nmc: 'cow_nmc',
  contiguity: 'cow_contiguity',
  majors: 'cow_majors',
  capdist: 'cow_capitals',
  democracy: 'democracy',
  cowwars: 'cow_war_inter',
  mindist: 'cow_mindist',
  cowmids: 'cow_mid_ddydisps',
  gmlmids: 'gml_mid_ddydisps',
};
const DATASET_OF: Record<string, DatasetId> = {
  cow_states: 'cow-states',
  atop_ddyr: 'atop',
  cow_nmc: 'cow-nmc',
  cow_nmc7: 'cow-nmc7',
  cow_contiguity: 'cow-contiguity',
  cow_majors: 'cow-majors',
  cow_capitals: 'cow-capitals',
  democracy: 'democracy',
  cow_war_inter: 'cow-war-inter',
  cow_mindist: 'cow-mindist',
  cow_mid_ddydisps: 'cow-mid-dyads',
  gml_mid_ddydisps: 'gml-mids',
};

const PROVISIONS = ['defense', 'offense', 'neutral', 'nonagg', 'consul'] as const;
const ATOP_COLUMNS = ['alliance', ...PROVISIONS].map((p) => `atop_${p}`);
const NMC = ['milex', 'milper', 'irst', 'pec', 'tpop', 'upop', 'cinc'] as const;
/** peacesciencer's ccode_democracy columns (the release of commit 4b2a02d), each side's in this order. */
const DEMOCRACY = ['v2x_polyarchy', 'polity2', 'xm_qudsest'] as const;
/** ATOP 5.1's coverage: outside it the ATOP columns are missing, inside a dyad with no row has 0. */
export const ATOP_YEARS = { from: 1815, to: 2018 } as const;

/** Pairs of system members on at least one common day, expanded to the years of that overlap. */
/** SQL true when `column`, a ccode1, is in the part (always true for a whole file). */
const inPart = (column: string, part: DyadOptions['part']) =>
  part ? `${column} >= ${Math.trunc(part[0])} AND ${column} < ${Math.trunc(part[1])}` : 'true';

/**
 * SQL true when a pair of a table keyed by the pair either way (mindist, similarity) can be in the
 * part: a part of the ~950,000-row tables instead of all of it in each part's hash join.
 */
const pairInPart = (c1: string, c2: string, part: DyadOptions['part']) =>
  `(${inPart(c1, part)} OR ${inPart(c2, part)})`;

function dyadsCte({ from, to, directed, part }: DyadOptions): string {
  return `dyads AS (
    SELECT DISTINCT ccode1, ccode2, year FROM (
      SELECT a.ccode AS ccode1, b.ccode AS ccode2,
        unnest(range(year(greatest(a.stdate, b.stdate)), year(least(a.enddate, b.enddate)) + 1))::INTEGER AS year
      FROM cow_states a JOIN cow_states b ON a.ccode ${directed ? '<>' : '<'} b.ccode AND ${inPart('a.ccode', part)}
      WHERE greatest(a.stdate, b.stdate) <= least(a.enddate, b.enddate))
    WHERE year BETWEEN ${Math.trunc(from)} AND ${Math.trunc(to)})`;
}

/**
 * In CSV, the columns of one looked-up row travel as one field (Parquet keeps them apart): DuckDB's
 * sort then carries one short string instead of a value per column, which is what lets the
 * 1816-2016 dyad-years sort within a third of peacesciencer's memory. Fields join with commas and
 * are never quoted, as R's write.csv(quote = FALSE) writes them; a missing value is empty (na = "").
 */
const packedText = (values: readonly string[]) =>
  `concat_ws(',', ${values.map((v) => `coalesce(${v}::VARCHAR, '')`).join(', ')})`;
/** The header of a packed field: its columns' names. */
const packedName = (names: readonly string[]) => `"${names.join(',')}"`;
/** A packed field with every value missing, for a dyad-year with no row to look up. */
const noValues = (names: readonly string[]) => `'${','.repeat(names.length - 1)}'`;

/**
 * A state-year table's values for each side of the dyad, peacesciencer's name1 and name2 (nmc,
 * democracy): formatted once per state-year (thousands of rows), not once per dyad-year (millions).
 */
function stateSides(
  alias: string,
  table: string,
  names: readonly string[],
  { rText }: DyadOptions,
): { cte: string; cols: string[]; joins: string[] } {
  const num = (column: string) => (rText ? `r_num(${column})` : column);
  const values = rText ? `${packedText(names.map(num))} AS packed` : names.join(', ');
  const sides = [1, 2].map((side) => {
    const sideNames = names.map((v) => `${v}${side}`);
    return {
      cols: rText
        ? [`coalesce(${alias}${side}.packed, ${noValues(sideNames)}) AS ${packedName(sideNames)}`]
        : names.map((v) => `${alias}${side}.${v} AS ${v}${side}`),
      join: `LEFT JOIN ${alias} ${alias}${side} ON ${alias}${side}.ccode = d.ccode${side} AND ${alias}${side}.year = d.year`,
    };
  });
  return {
    cte: `${alias} AS (SELECT ccode, year, ${values} FROM ${table})`,
    cols: sides.flatMap((s) => s.cols),
    joins: sides.map((s) => s.join),
  };
}

/**
 * ATOP per dyad-year: atop_alliance (ATOP's atopally: any alliance, even one with none of the five
 * pledges) and the pledges; non-directed takes the maximum over both directions.
 */
function atopCte({ directed, rText, part }: DyadOptions): string {
  const pair = directed
    ? 'stateA AS c1, stateB AS c2'
    : 'least(stateA, stateB) AS c1, greatest(stateA, stateB) AS c2';
  const cols = ['atopally AS alliance', ...PROVISIONS]
    .map((p) => {
      const [source, name] = p.includes(' AS ') ? p.split(' AS ') : [p, p];
      return `max(${source}) AS atop_${name}`;
    })
    .join(', ');
  const grouped = `SELECT * FROM (SELECT ${pair}, year, ${cols} FROM atop_ddyr GROUP BY ALL) WHERE ${inPart('c1', part)}`;
  return rText
    ? `atop AS (SELECT c1, c2, year, ${packedText(ATOP_COLUMNS.map((c) => `${c}::INTEGER`))} AS packed FROM (${grouped}))`
    : `atop AS (${grouped})`;
}

/** The contiguity type of the earliest month of each year that has a record (ties: the closer type). */
function contiguityCte({ directed, part }: DyadOptions): string {
  return `contiguity AS (
    SELECT c1, c2, year, arg_min(conttype, first_month * 10 + conttype) AS conttype FROM (
      SELECT ccode1 AS c1, ccode2 AS c2, conttype, y.year::INTEGER AS year,
        CASE WHEN y.year = year(stdate) THEN month(stdate) ELSE 1 END AS first_month
      FROM cow_contiguity, unnest(range(year(stdate), year(enddate) + 1)) AS y(year)
      WHERE ${directed ? 'true' : 'ccode1 < ccode2'} AND ${inPart('ccode1', part)})
    GROUP BY c1, c2, year)`;
}

const majorsCte = `majors AS (
  SELECT DISTINCT ccode, unnest(range(year(stdate), year(enddate) + 1))::INTEGER AS year FROM cow_majors)`;

/**
 * Each state's capital of each year as peacesciencer's add_capital_distance() takes it by default
 * (transsum = "first"): the capital of the year's first day that has one; a tie keeps the file's order.
 */
const capitalsCte = `capitals AS (
  SELECT ccode, year, lat, lng FROM (
    SELECT ccode, y.year::INTEGER AS year, lat, lng,
      row_number() OVER (PARTITION BY ccode, y.year
        ORDER BY greatest(stdate, make_date(y.year::INTEGER, 1, 1)), cow_capitals.rowid) AS nth
    FROM cow_capitals, unnest(range(year(stdate), year(enddate) + 1)) AS y(year))
  WHERE nth = 1)`;

/** The years of COW's inter-state war data (4.0): outside them onset and ongoing are missing, inside 0 when no war. */
export const COW_WAR_YEARS = { from: 1816, to: 2007 } as const;
const WAR_COLUMNS = ['sidea1', 'sidea2', 'initiator1', 'initiator2', 'outcome1', 'outcome2'];

/**
 * One row per dyad-year of cow_war_inter, chosen as peacesciencer's add_cow_wars(type = "inter")
 * chooses: where a dyad-year has several wars and some begin that year, the ones that do not are
 * dropped; of the rest, the one with the most battle deaths (both sides', negative codes missing)
 * is kept, the file's first on a tie.
 */
const warsCte = `wars AS (
  SELECT * FROM (
    SELECT *, count(*) OVER g AS n, stddev_samp(cowinteronset) OVER g AS spread,
      CASE WHEN batdeath1 >= 0 THEN batdeath1 END AS deaths1,
      CASE WHEN batdeath2 >= 0 THEN batdeath2 END AS deaths2, rowid AS file_row
    FROM cow_war_inter WINDOW g AS (PARTITION BY ccode1, ccode2, year))
  WHERE NOT (n > 1 AND spread > 0 AND cowinteronset = 0)
  QUALIFY row_number() OVER (PARTITION BY ccode1, ccode2, year
    ORDER BY coalesce(deaths1 + deaths2, deaths1, deaths2) DESC NULLS LAST, file_row) = 1)`;

/** The radius of geosphere's distVincentySphere() (r = 6378137 m, the WGS84 semi-major axis). */
const CAPDIST_RADIUS_M = 6378137;

/** Degrees to radians as geosphere converts them (times pi / 180), so the result is R's to the bit. */
const toRadians = (column: string) => `(${column} * (pi() / 180))`;

/**
 * Great-circle km between two capitals by the Vincenty formula for the sphere, in the order of
 * geosphere's distVincentySphere() and peacesciencer's /1000 (Δλ taken between the coordinates in
 * radians, the radius in metres): r·atan2(√((cos φ2 sin Δλ)² + (cos φ1 sin φ2 − sin φ1 cos φ2 cos
 * Δλ)²), sin φ1 sin φ2 + cos φ1 cos φ2 cos Δλ) / 1000. Another order of the same operations (radians
 * of the difference, a radius in km) differs from R's at 15 significant digits in about 4% of pairs.
 */
function capdistSql(a: string, b: string): string {
  const [p1, p2] = [toRadians(`${a}.lat`), toRadians(`${b}.lat`)];
  const dl = `(${toRadians(`${a}.lng`)} - ${toRadians(`${b}.lng`)})`;
  const x = `(cos(${p2}) * sin(${dl}))`;
  const y = `(cos(${p1}) * sin(${p2}) - sin(${p1}) * cos(${p2}) * cos(${dl}))`;
  return `${CAPDIST_RADIUS_M} * atan2(sqrt(${x} * ${x} + ${y} * ${y}), sin(${p1}) * sin(${p2}) + cos(${p1}) * cos(${p2}) * cos(${dl})) / 1000`;
}

/**
 * The SQL query for the dyad-years `options` describe (see the README for every definition).
 * @example await connection.runAndReadAll(dyadYearsQuery({ from: 1816, to: 2016, with: ['atop'] }))
 */
export function dyadYearsQuery(options: DyadOptions): string {
  const directed = options.directed ?? false;
  const num = (column: string) => (options.rText ? `r_num(${column})` : column);
  const ctes = [dyadsCte(options)];
  const cols = ['d.ccode1', 'd.ccode2', 'd.year'];
  const joins: string[] = [];
  for (const addition of new Set(options.with ?? [])) {
    const joined = JOINED[addition]?.(num, directed, options.part);
    if (joined) {
      cols.push(...joined.columns);
      joins.push(...joined.joins);
    } else if (addition === 'atop') {
      ctes.push(atopCte({ ...options, directed }));
      const inAtop = `d.year BETWEEN ${ATOP_YEARS.from} AND ${ATOP_YEARS.to}`;
      const none = `'${ATOP_COLUMNS.map(() => '0').join(',')}'`;
      cols.push(
        ...(options.rText
          ? [
              `CASE WHEN ${inAtop} THEN coalesce(a.packed, ${none}) ELSE ${noValues(ATOP_COLUMNS)} END AS ${packedName(ATOP_COLUMNS)}`,
            ]
          : ATOP_COLUMNS.map(
              (c) => `CASE WHEN ${inAtop} THEN coalesce(a.${c}, 0) END::INTEGER AS ${c}`,
            )),
      );
      joins.push('LEFT JOIN atop a ON a.c1 = d.ccode1 AND a.c2 = d.ccode2 AND a.year = d.year');
    } else if (addition === 'nmc' || addition === 'democracy') {
      const sides =
        addition === 'nmc'
          ? stateSides('nmc', NMC_RELEASES[options.nmc ?? DYAD_NMC_DEFAULT].table, NMC, options)
          : stateSides('dem', 'democracy', DEMOCRACY, options);
      ctes.push(sides.cte);
      cols.push(...sides.cols);
      joins.push(...sides.joins);
    } else if (addition === 'contiguity') {
      ctes.push(contiguityCte({ ...options, directed }));
      cols.push('coalesce(c.conttype, 0)::INTEGER AS conttype');
      joins.push(
        'LEFT JOIN contiguity c ON c.c1 = d.ccode1 AND c.c2 = d.ccode2 AND c.year = d.year',
      );
    } else if (addition === 'similarity') {
      cols.push(...SIMILARITY_COLUMNS.map((c) => `${num(`sim.${c}`)} AS ${c}`));
      joins.push(
        `LEFT JOIN ${DYAD_SIMILARITY_TABLE} sim ON sim.c1 = least(d.ccode1, d.ccode2) AND sim.c2 = greatest(d.ccode1, d.ccode2) AND sim.year = d.year AND ${pairInPart('sim.c1', 'sim.c2', options.part)}`,
      );
    } else if (addition === 'cowwars') {
      ctes.push(warsCte);
      const inWars = `d.year BETWEEN ${COW_WAR_YEARS.from} AND ${COW_WAR_YEARS.to}`;
      cols.push(
        ...['cowinterongoing', 'cowinteronset'].map(
          (c) => `CASE WHEN w.${c} IS NOT NULL THEN w.${c} WHEN ${inWars} THEN 0 END AS ${c}`,
        ),
        ...WAR_COLUMNS.map((c) => `w.${c}`),
        `${num('w.deaths1')} AS batdeath1`,
        `${num('w.deaths2')} AS batdeath2`,
        'w.resume',
      );
      joins.push(
        'LEFT JOIN wars w ON w.ccode1 = d.ccode1 AND w.ccode2 = d.ccode2 AND w.year = d.year',
      );
    } else if (addition === 'capdist') {
      ctes.push(capitalsCte);
      cols.push(`${num(capdistSql('k1', 'k2'))} AS capdist`);
      joins.push('LEFT JOIN capitals k1 ON k1.ccode = d.ccode1 AND k1.year = d.year');
      joins.push('LEFT JOIN capitals k2 ON k2.ccode = d.ccode2 AND k2.year = d.year');
    } else {
      ctes.push(majorsCte);
      cols.push(
        '(m1.ccode IS NOT NULL)::INTEGER AS cowmaj1',
        '(m2.ccode IS NOT NULL)::INTEGER AS cowmaj2',
      );
      joins.push('LEFT JOIN majors m1 ON m1.ccode = d.ccode1 AND m1.year = d.year');
      joins.push('LEFT JOIN majors m2 ON m2.ccode = d.ccode2 AND m2.year = d.year');
    }
  }
  return `WITH ${ctes.join(',\n')}
SELECT ${cols.join(', ')} FROM dyads d ${joins.join(' ')}
ORDER BY d.ccode1, d.ccode2, d.year`;
}

/** The store tables dyad-years read: the state system's, then each addition's (NMC's of `nmc`). */
function tablesNeeded(additions: readonly DyadAddition[], nmc: NmcRelease): string[] {
  const nmcTable = NMC_RELEASES[nmc].table;
  return ['states' as const, ...additions].flatMap((k) =>
    k === 'nmc'
      ? [nmcTable]
      : k === 'similarity'
        ? [TABLES_NEEDED.atop, nmcTable]
        : [TABLES_NEEDED[k]],
  );
}

/**
 * The datasets to import for dyad-years with these additions, under each NMC release given
 * (default peacesciencer's 7.0), each once, in the order the additions need them.
 * @example datasetsForDyads(['atop', 'nmc']) // ['cow-states', 'atop', 'cow-nmc7']
 */
export function datasetsForDyads(
  additions: readonly DyadAddition[],
  nmc: readonly NmcRelease[] = [DYAD_NMC_DEFAULT],
): DatasetId[] {
  const tables = nmc.flatMap((release) => tablesNeeded(additions, release));
  return [...new Set(tables.map((t) => DATASET_OF[t]!))];
}

/**
 * The datasets missing from the store for these options, e.g. ['atop'] when atop_ddyr is absent.
 * @example await missingForDyads(connection, { from: 1816, to: 2016, with: ['atop'] }) // []
 */
export async function missingForDyads(
  connection: DuckDBConnection,
  options: DyadOptions,
): Promise<string[]> {
  const needed = tablesNeeded(options.with ?? [], options.nmc ?? DYAD_NMC_DEFAULT);
  const reader = await connection.runAndReadAll('SELECT table_name FROM duckdb_tables()');
  const present = new Set(reader.getRowObjectsJS().map((r) => String(r.table_name)));
  return [...new Set(needed.filter((t) => !present.has(t)).map((t) => DATASET_OF[t]!))];
}

/**
 * The years the state system in the store covers (the first and last year of any membership),
 * or undefined when it holds no state.
 * @example await dyadYearsCovered(connection) // {from: 1816, to: 2016}
 */
export async function dyadYearsCovered(
  connection: DuckDBConnection,
): Promise<{ from: number; to: number } | undefined> {
  const reader = await connection.runAndReadAll(
    'SELECT min(year(stdate))::INTEGER AS from_year, max(year(enddate))::INTEGER AS to_year FROM cow_states',
  );
  const row = reader.getRowObjectsJS()[0];
  if (row?.from_year == null || row.to_year == null) return undefined;
  return { from: Number(row.from_year), to: Number(row.to_year) };
}

/**
 * Values (rows × fields) a part of a CSV holds, about: DuckDB sorts one part at a time, and what it
 * holds grows with both (about 0.3 KB a row of atop, nmc and contiguity's 24 fields), while a part
 * of more than one of its 122,880-row groups is still written on both cores. Measured 1816-2016 on
 * the 2-core development machine, those 24 fields in parts of 150,000 rows peak at 323 MB (one
 * part of all 956,145 rows: 786 MB) in the same time; every verb's 61 fields take parts of about 59,000.
 */
const PART_VALUES = 150_000 * 24;

/**
 * ccode1 bounds that cut the dyad-years into parts of about PART_VALUES / `fields` rows, counted
 * from the state system's spells (a pair's overlapping years; the few a pair has twice count twice).
 * @example await dyadParts(connection, { from: 1816, to: 2016 }, 24) // [[0, 94], [94, 211], ...]
 */
export async function dyadParts(
  connection: DuckDBConnection,
  { from, to, directed }: DyadOptions,
  fields: number,
): Promise<[number, number][]> {
  const [start, end] = [Math.trunc(from), Math.trunc(to)];
  const reader = await connection.runAndReadAll(
    `SELECT a.ccode::INTEGER, sum(greatest(0, least(year(least(a.enddate, b.enddate)), ${end})
        - greatest(year(greatest(a.stdate, b.stdate)), ${start}) + 1))::BIGINT
     FROM cow_states a JOIN cow_states b ON a.ccode ${directed ? '<>' : '<'} b.ccode
     WHERE greatest(a.stdate, b.stdate) <= least(a.enddate, b.enddate)
     GROUP BY ALL ORDER BY ALL`,
  );
  const counts = reader.getRowsJS() as [number, bigint][];
  const total = counts.reduce((sum, [, n]) => sum + Number(n), 0);
  const size = total / Math.max(1, Math.round((total * fields) / PART_VALUES));
  const starts: number[] = [];
  let held = 0;
  for (const [ccode, n] of counts) {
    if (starts.length === 0 || held >= size) {
      starts.push(ccode);
      held = 0;
    }
    held += Number(n);
  }
  if (starts.length === 0) return [[0, Number.MAX_SAFE_INTEGER]];
  return starts.map((lo, k) => [k === 0 ? 0 : lo, starts[k + 1] ?? Number.MAX_SAFE_INTEGER]);
}

/** The columns of the dyad-years, each a field of the CSV (packed or not). */
async function columnCount(connection: DuckDBConnection, options: DyadOptions): Promise<number> {
  const reader = await connection.runAndReadAll(`DESCRIBE ${dyadYearsQuery(options)}`);
  return reader.getRowsJS().length;
}

/**
 * Writes the dyad-years to `out` (.csv, .csv.gz or .parquet), streamed by DuckDB; returns the row
 * count. CSV is written as R's write.csv(df, row.names = FALSE, na = "", quote = FALSE) writes it,
 * in parts of consecutive ccode1 (see PART_VALUES).
 * @example await writeDyadYears(connection, { from: 1816, to: 2016, with: ['atop', 'nmc'] }, 'dyads.parquet') // 1046734
 */
export async function writeDyadYears(
  connection: DuckDBConnection,
  options: DyadOptions,
  out: string,
): Promise<number> {
  if (options.with?.includes('similarity')) {
    // Loaded only here: it brings @casus/core, which the other additions do not need.
    const { stageDyadSimilarity } = await import('./dyad-similarity.ts');
    await stageDyadSimilarity(
      connection,
      options.from,
      options.to,
      options.nmc ?? DYAD_NMC_DEFAULT,
    );
  }
  const parts = isParquet(out)
    ? [undefined]
    : await dyadParts(connection, options, await columnCount(connection, options));
  return copyQuery(
    connection,
    (rText) => parts.map((part) => dyadYearsQuery({ ...options, rText, part })),
    out,
  );
}
