/** `casus stateyears`: COW state-years in peacesciencer's conventions, with NMC, democracy and major-power status. */
import { existsSync } from 'node:fs';
import { parseNmcRelease } from '../nmc.ts';
import { writeOutput } from '../output-file.ts';
import { defaultDbPath } from '../paths.ts';
import {
  missingForStateYears,
  STATE_ADDITIONS,
  type StateAddition,
  writeStateYears,
} from '../state-years.ts';
import { openStore } from '../store.ts';
import { type CommandIo, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from './io.ts';
import { parseCommand } from './parse.ts';
import {
  lacksMessage,
  parseYearsAndOut,
  YEAR_TABLE_OPTIONS,
  yearsOutsideSystem,
} from './year-table-args.ts';

export const STATEYEARS_USAGE =
  'casus stateyears --years 1816-2016 [--with nmc,democracy,majors,capdist,mindist,gmlmids] [--nmc 6.0|7.0] --out FILE.csv|.parquet [--db file] [--json]';

export const STATEYEARS_HELP = `Usage: ${STATEYEARS_USAGE}

Writes one row per state-year (ccode, statenme, year) as peacesciencer's
create_stateyears(system = "cow", mry = FALSE) gives them: every year of every COW
membership spell (states2016: 15,951 state-years 1816-2016, as COW's system2016).

Additions (--with), columns in the order given:
  nmc         milex, milper, irst, pec, tpop, upop, cinc from COW NMC (add_nmc()); the
              release is 7.0 (peacesciencer's) unless --nmc 6.0; missing stays missing
  democracy   v2x_polyarchy, polity2, xm_qudsest from peacesciencer's ccode_democracy
              (add_democracy()); missing stays missing
  majors      cowmaj: 1 if a COW major power at any point of the year, else 0
              (add_cow_majors(mry = FALSE))
  capdist     mincapdist: km to the nearest capital of another system member that year
              (add_capital_distance() on state-years: the least capdist over its dyads)
  mindist     minmindist: km to the nearest other state in CShapes 2.0, over every pair
              cow_mindist has that year (add_minimum_distance(use_extdata = FALSE));
              missing outside 1886-2019
  gmlmids     gmlmidongoing, gmlmidonset, gmlmidongoing_init, gmlmidonset_init from GML MID
              2.2.1's participants (add_gml_mids() on state-years): 1 if in any MID that
              year / one begins that year; _init: the same over the MIDs where the state is
              on Side A or joined (its init = "sidea-all-joiners"); participations without a
              known leader at start or end are left out, as add_gml_mids() leaves them;
              0 in 1816-2010 without one, missing after. cowmids is dyadic only
              (add_cow_mids() refuses state-years): casus dyads

Options:
  --years a-b  first and last year, within the years the imported state system covers
  --nmc r      the NMC release of the nmc columns: 7.0 (default) or 6.0
  --out file   .csv, .csv.gz or .parquet; CSV numbers as R's write.csv() writes them
  --db file    database file (default: $CASUS_DB, else $XDG_DATA_HOME/casus/casus.duckdb)
  --json       print {rows, out, seconds} as JSON
  -h, --help   show this help`;

/** The --with list, or the message naming what is unknown. */
function parseAdditions(text: string): StateAddition[] | string {
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((a) => !STATE_ADDITIONS.includes(a as StateAddition));
  if (unknown.length === 0) return names as StateAddition[];
  const dyadic = unknown.some((a) => /^(atop|contiguity|cow|gml|similarity)/.test(a));
  return `unknown --with ${unknown.join(', ')}; expected some of ${STATE_ADDITIONS.join(', ')}${dyadic ? ' (the others are dyadic: casus dyads)' : ''}`;
}

/**
 * Runs `casus stateyears`; 0 when written, 1 on bad input or missing data, 2 on an internal error.
 * @example await runStateYears(['--years', '1816-2016', '--with', 'nmc', '--out', 's.csv'], processIo()) // 0
 */
export async function runStateYears(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseCommand(args, YEAR_TABLE_OPTIONS);
  const bad = (message: string) => {
    io.stderr.write(`${message}\n${STATEYEARS_USAGE}\n`);
    return EXIT_BAD_INPUT;
  };
  if (!parsed.ok) return bad(parsed.message);
  const v = parsed.values as Record<string, string | boolean | undefined>;
  if (v.help) {
    io.stdout.write(`${STATEYEARS_HELP}\n`);
    return EXIT_OK;
  }
  const target = parseYearsAndOut(v);
  if (typeof target === 'string') return bad(target);
  const { years, out } = target;
  const additions = parseAdditions(String(v.with ?? ''));
  if (typeof additions === 'string') return bad(additions);
  const nmc = v.nmc === undefined ? '7.0' : parseNmcRelease(String(v.nmc));
  if (!nmc) return bad(`--nmc expects 6.0 or 7.0, not "${v.nmc}"`);
  const dbPath = (v.db as string | undefined) ?? defaultDbPath(io.env);
  if (!existsSync(dbPath))
    return bad(`no database at ${dbPath}: run \`casus data import <dir>\` first`);
  const store = await openStore(dbPath, { readOnly: true });
  try {
    const options = { ...years, with: additions, nmc };
    const missing = await missingForStateYears(store.connection, options);
    if (missing.length > 0) return bad(lacksMessage(missing));
    const outside = await yearsOutsideSystem(store.connection, years, dbPath);
    if (outside) return bad(outside);
    const started = performance.now();
    const rows = await writeOutput(out, (temp) => writeStateYears(store.connection, options, temp));
    const seconds = (performance.now() - started) / 1000;
    io.stdout.write(
      v.json
        ? `${JSON.stringify({ rows, out, seconds })}\n`
        : `wrote ${rows.toLocaleString('en-US')} state-years to ${out} in ${seconds.toFixed(1)} s\n`,
    );
    return EXIT_OK;
  } catch (error) {
    io.stderr.write(`internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_INTERNAL;
  } finally {
    store.close();
  }
}
