/** The arguments `casus dyads` and `casus stateyears` share: the years, the output file, the additions, what the store lacks. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { dyadYearsCovered } from '../dyads.ts';
import { whyUnwritable } from '../output-file.ts';

/** The options both commands parse (dyads adds --directed). */
export const YEAR_TABLE_OPTIONS = {
  years: { type: 'string' },
  with: { type: 'string' },
  nmc: { type: 'string' },
  out: { type: 'string' },
  db: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Parses "1816-2016" or "1914" into a year range; undefined when malformed.
 * @example parseYears('1816-2016') // {from: 1816, to: 2016}
 */
export function parseYears(text: string): { from: number; to: number } | undefined {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(text.trim());
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  return from <= to ? { from, to } : undefined;
}

/**
 * --years and --out checked, or the message saying what was expected.
 * @example parseYearsAndOut({ years: '1816-2016', out: 'd.csv' }) // {years: {from: 1816, to: 2016}, out: 'd.csv'}
 */
export function parseYearsAndOut(
  v: Record<string, string | boolean | undefined>,
): { years: { from: number; to: number }; out: string } | string {
  const years = parseYears(String(v.years ?? ''));
  if (!years) return '--years expects a range such as 1816-2016';
  const out = v.out as string | undefined;
  if (!out || !/\.(csv|csv\.gz|parquet)$/i.test(out))
    return '--out expects a file ending in .csv, .csv.gz or .parquet';
  const unwritable = whyUnwritable(out);
  return unwritable ? `--out: cannot write ${out}: ${unwritable}` : { years, out };
}

/**
 * The --with list checked against the additions a command knows, or the message naming what is
 * unknown (followed by `hint` of the unknown names).
 * @example parseAdditions('nmc, majors', ['nmc', 'majors']) // ['nmc', 'majors']
 */
export function parseAdditions<A extends string>(
  text: string,
  known: readonly A[],
  hint: (unknown: readonly string[]) => string = () => '',
): A[] | string {
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((a) => !known.includes(a as A));
  if (unknown.length === 0) return names as A[];
  return `unknown --with ${unknown.join(', ')}; expected some of ${known.join(', ')}${hint(unknown)}`;
}

/** The message for datasets the store lacks, naming the import to run. */
export const lacksMessage = (missing: readonly string[]): string =>
  `the database lacks ${missing.join(', ')}: run \`casus data import <dir> --only ${missing.join(',')}\` first`;

/**
 * Why `years` cannot be answered from the imported state system, or undefined when they can.
 * @example await yearsOutsideSystem(connection, { from: 2017, to: 2018 }, 'casus.duckdb') // '--years 2017-2018: ... covers 1816-2016; ...'
 */
export async function yearsOutsideSystem(
  connection: DuckDBConnection,
  years: { from: number; to: number },
  dbPath: string,
): Promise<string | undefined> {
  const covered = await dyadYearsCovered(connection);
  if (covered && years.from >= covered.from && years.to <= covered.to) return undefined;
  return covered
    ? `--years ${years.from}-${years.to}: the COW state system in ${dbPath} covers ${covered.from}-${covered.to}; give years within it`
    : `--years: the COW state system in ${dbPath} holds no state: run \`casus data import <dir> --only cow-states\` first`;
}
