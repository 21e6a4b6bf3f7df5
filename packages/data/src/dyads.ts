/** Dyad-years in the conventions of peacesciencer's create_dyadyears(), computed in DuckDB and streamed to disk. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { copyQuery } from './copy-query.ts';
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
  Record<DyadAddition, (num: (c: string) => string, directed: boolean) => AdditionSql>
> = {
  mindist: mindistSql,
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
const DATASET_OF: Record<string, string> = {
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
const NMC = ['milex', 'milper', 'irst', 'pec', 'tpop', 'upop', 'cinc'] as const;
/** peacesciencer's ccode_democracy columns (the release of commit 4b2a02d), each side's in this order. */
const DEMOCRACY = ['v2x_polyarchy', 'polity2', 'xm_qudsest'] as const;
/** ATOP 5.1's coverage: outside it the ATOP columns are missing, inside a dyad with no row has 0. */
export const ATOP_YEARS = { from: 1815, to: 2018 } as const;

/** Pairs of system members on at least one common day, expanded to the years of that overlap. */
function dyadsCte({ from, to, directed }: DyadOptions): string {
  return `dyads AS (
    SELECT DISTINCT ccode1, ccode2, year FROM (
      SELECT a.ccode AS ccode1, b.ccode AS ccode2,
        unnest(range(year(greatest(a.stdate, b.stdate)), year(least(a.enddate, b.enddate)) + 1))::INTEGER AS year
      FROM cow_states a JOIN cow_states b ON a.ccode ${directed ? '<>' : '<'} b.ccode
      WHERE greatest(a.stdate, b.stdate) <= least(a.enddate, b.enddate))
    WHERE year BETWEEN ${Math.trunc(from)} AND ${Math.trunc(to)})`;
}

/**
 * ATOP per dyad-year: atop_alliance (ATOP's atopally: any alliance, even one with none of the five
 * pledges) and the pledges; non-directed takes the maximum over both directions.
 */
function atopCte(directed: boolean): string {
  const pair = directed
    ? 'stateA AS c1, stateB AS c2'
    : 'least(stateA, stateB) AS c1, greatest(stateA, stateB) AS c2';
  const cols = ['atopally AS alliance', ...PROVISIONS]
    .map((p) => {
      const [source, name] = p.includes(' AS ') ? p.split(' AS ') : [p, p];
      return `max(${source}) AS atop_${name}`;
    })
    .join(', ');
  return `atop AS (SELECT ${pair}, year, ${cols} FROM atop_ddyr GROUP BY ALL)`;
}

/** The contiguity type of the earliest month of each year that has a record (ties: the closer type). */
function contiguityCte(directed: boolean): string {
  return `contiguity AS (
    SELECT c1, c2, year, arg_min(conttype, first_month * 10 + conttype) AS conttype FROM (
      SELECT ccode1 AS c1, ccode2 AS c2, conttype, y.year::INTEGER AS year,
        CASE WHEN y.year = year(stdate) THEN month(stdate) ELSE 1 END AS first_month
      FROM cow_contiguity, unnest(range(year(stdate), year(enddate) + 1)) AS y(year)
      ${directed ? '' : 'WHERE ccode1 < ccode2'})
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
    const joined = JOINED[addition]?.(num, directed);
    if (joined) {
      cols.push(...joined.columns);
      joins.push(...joined.joins);
    } else if (addition === 'atop') {
      ctes.push(atopCte(directed));
      const inAtop = `d.year BETWEEN ${ATOP_YEARS.from} AND ${ATOP_YEARS.to}`;
      cols.push(
        ...['alliance', ...PROVISIONS].map(
          (p) => `CASE WHEN ${inAtop} THEN coalesce(a.atop_${p}, 0) END::INTEGER AS atop_${p}`,
        ),
      );
      joins.push('LEFT JOIN atop a ON a.c1 = d.ccode1 AND a.c2 = d.ccode2 AND a.year = d.year');
    } else if (addition === 'nmc') {
      // Formatted once per state-year (thousands of rows), not once per dyad-year (millions).
      const table = NMC_RELEASES[options.nmc ?? DYAD_NMC_DEFAULT].table;
      const values = NMC.map((v) => `${num(v)} AS ${v}`).join(', ');
      ctes.push(`nmc AS (SELECT ccode, year, ${values} FROM ${table})`);
      cols.push(...[1, 2].flatMap((side) => NMC.map((v) => `n${side}.${v} AS ${v}${side}`)));
      joins.push('LEFT JOIN nmc n1 ON n1.ccode = d.ccode1 AND n1.year = d.year');
      joins.push('LEFT JOIN nmc n2 ON n2.ccode = d.ccode2 AND n2.year = d.year');
    } else if (addition === 'contiguity') {
      ctes.push(contiguityCte(directed));
      cols.push('coalesce(c.conttype, 0)::INTEGER AS conttype');
      joins.push(
        'LEFT JOIN contiguity c ON c.c1 = d.ccode1 AND c.c2 = d.ccode2 AND c.year = d.year',
      );
    } else if (addition === 'similarity') {
      cols.push(...SIMILARITY_COLUMNS.map((c) => `${num(`sim.${c}`)} AS ${c}`));
      joins.push(
        `LEFT JOIN ${DYAD_SIMILARITY_TABLE} sim ON sim.c1 = least(d.ccode1, d.ccode2) AND sim.c2 = greatest(d.ccode1, d.ccode2) AND sim.year = d.year`,
      );
    } else if (addition === 'democracy') {
      const values = DEMOCRACY.map((v) => `${num(v)} AS ${v}`).join(', ');
      ctes.push(`dem AS (SELECT ccode, year, ${values} FROM democracy)`);
      cols.push(...[1, 2].flatMap((side) => DEMOCRACY.map((v) => `v${side}.${v} AS ${v}${side}`)));
      joins.push('LEFT JOIN dem v1 ON v1.ccode = d.ccode1 AND v1.year = d.year');
      joins.push('LEFT JOIN dem v2 ON v2.ccode = d.ccode2 AND v2.year = d.year');
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

/**
 * The datasets missing from the store for these options, e.g. ['atop'] when atop_ddyr is absent.
 * @example await missingForDyads(connection, { from: 1816, to: 2016, with: ['atop'] }) // []
 */
export async function missingForDyads(
  connection: DuckDBConnection,
  options: DyadOptions,
): Promise<string[]> {
  const nmcTable = NMC_RELEASES[options.nmc ?? DYAD_NMC_DEFAULT].table;
  const needed = ['states' as const, ...(options.with ?? [])].flatMap((k) =>
    k === 'nmc'
      ? [nmcTable]
      : k === 'similarity'
        ? [TABLES_NEEDED.atop, nmcTable]
        : [TABLES_NEEDED[k]],
  );
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
 * Writes the dyad-years to `out` (.csv, .csv.gz or .parquet), streamed by DuckDB; returns the row
 * count. CSV is written as R's write.csv(df, row.names = FALSE, na = "", quote = FALSE) writes it.
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
  return copyQuery(connection, (rText) => dyadYearsQuery({ ...options, rText }), out);
}
