/** State-years in the conventions of peacesciencer's create_stateyears(system = "cow"), with the additions that apply to states. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { copyQuery } from './copy-query.ts';
import { DATASETS } from './datasets.ts';
import { dyadYearsQuery } from './dyads.ts';
import { NMC_RELEASES, type NmcRelease } from './nmc.ts';
import { gmlStateYearSql } from './state-year-mids.ts';

export type StateAddition = 'nmc' | 'democracy' | 'majors' | 'capdist' | 'mindist' | 'gmlmids';
export const STATE_ADDITIONS: readonly StateAddition[] = [
  'nmc',
  'democracy',
  'majors',
  'capdist',
  'mindist',
  'gmlmids',
];

export interface StateYearOptions {
  from: number;
  to: number;
  /** The additions, whose columns follow in this order. */
  with?: readonly StateAddition[];
  /** The NMC release of the nmc columns: 7.0 (peacesciencer's) or 6.0. */
  nmc?: NmcRelease;
  /** Numbers as R's write.csv() writes them (CSV output). */
  rText?: boolean;
}

const NMC = ['milex', 'milper', 'irst', 'pec', 'tpop', 'upop', 'cinc'] as const;
const DEMOCRACY = ['v2x_polyarchy', 'polity2', 'xm_qudsest'] as const;

/** What each addition joins on `s` (the state-year), and the table it reads. */
function additionSql(
  addition: StateAddition,
  options: StateYearOptions,
): { table: string; columns: string[]; join: string } {
  const num = (column: string) => (options.rText ? `r_num(${column})` : column);
  if (addition === 'nmc') {
    const table = NMC_RELEASES[options.nmc ?? '7.0'].table;
    return {
      table,
      columns: NMC.map((c) => `${num(`n.${c}`)} AS ${c}`),
      join: `LEFT JOIN ${table} n ON n.ccode = s.ccode AND n.year = s.year`,
    };
  }
  if (addition === 'democracy')
    return {
      table: 'democracy',
      columns: DEMOCRACY.map((c) => `${num(`v.${c}`)} AS ${c}`),
      join: 'LEFT JOIN democracy v ON v.ccode = s.ccode AND v.year = s.year',
    };
  if (addition === 'capdist')
    return {
      table: 'cow_capitals',
      columns: [`${num('k.mincapdist')} AS mincapdist`],
      join: `LEFT JOIN (SELECT ccode1 AS ccode, year, min(capdist) AS mincapdist
        FROM (${dyadYearsQuery({ from: options.from, to: options.to, directed: true, with: ['capdist'] })})
        GROUP BY ALL) k ON k.ccode = s.ccode AND k.year = s.year`,
    };
  if (addition === 'gmlmids') return gmlStateYearSql();
  if (addition === 'mindist')
    return {
      table: 'cow_mindist',
      columns: [`${num('md.minmindist')} AS minmindist`],
      join: `LEFT JOIN (SELECT ccode, year, min(mindist) AS minmindist FROM (
          SELECT ccode1 AS ccode, year, mindist FROM cow_mindist
          UNION ALL SELECT ccode2, year, mindist FROM cow_mindist) GROUP BY ALL) md
        ON md.ccode = s.ccode AND md.year = s.year`,
    };
  return {
    table: 'cow_majors',
    columns: ['(m.ccode IS NOT NULL)::INTEGER AS cowmaj'],
    join: `LEFT JOIN (SELECT DISTINCT ccode, unnest(range(year(stdate), year(enddate) + 1))::INTEGER AS year
      FROM cow_majors) m ON m.ccode = s.ccode AND m.year = s.year`,
  };
}

/**
 * The SQL for the state-years `options` describe: every year of every COW membership spell
 * (create_stateyears(system = "cow", mry = FALSE)), then each addition's columns.
 * @example await connection.runAndReadAll(stateYearsQuery({ from: 1816, to: 2016, with: ['nmc'] }))
 */
export function stateYearsQuery(options: StateYearOptions): string {
  const added = [...new Set(options.with ?? [])].map((a) => additionSql(a, options));
  const columns = ['s.ccode', 's.statenme', 's.year', ...added.flatMap((a) => a.columns)];
  return `WITH states AS (
    SELECT ccode, statenme, unnest(range(year(stdate), year(enddate) + 1))::INTEGER AS year FROM cow_states)
  SELECT ${columns.join(', ')} FROM states s ${added.map((a) => a.join).join(' ')}
  WHERE s.year BETWEEN ${Math.trunc(options.from)} AND ${Math.trunc(options.to)}
  ORDER BY s.ccode, s.year`;
}

/**
 * The datasets these options read that the store lacks, e.g. ['democracy'].
 * @example await missingForStateYears(connection, { from: 1816, to: 2016, with: ['democracy'] }) // []
 */
export async function missingForStateYears(
  connection: DuckDBConnection,
  options: StateYearOptions,
): Promise<string[]> {
  const needed = ['cow_states', ...(options.with ?? []).map((a) => additionSql(a, options).table)];
  const reader = await connection.runAndReadAll('SELECT table_name FROM duckdb_tables()');
  const present = new Set(reader.getRowObjectsJS().map((r) => String(r.table_name)));
  return needed
    .filter((t) => !present.has(t))
    .map((t) => DATASETS.find((d) => d.tables.includes(t))?.id ?? t);
}

/**
 * Writes the state-years to `out` (.csv, .csv.gz or .parquet); returns the row count.
 * @example await writeStateYears(connection, { from: 1816, to: 2016 }, 'states.csv') // 15951
 */
export const writeStateYears = (
  connection: DuckDBConnection,
  options: StateYearOptions,
  out: string,
): Promise<number> =>
  copyQuery(connection, (rText) => [stateYearsQuery({ ...options, rText })], out);
