/** `casus stateyears`: COW state-years in peacesciencer's conventions, with NMC, democracy and major-power status. */
import { parseNmcRelease } from '../nmc.ts';
import {
  missingForStateYears,
  STATE_ADDITIONS,
  type StateAddition,
  type StateYearOptions,
  writeStateYears,
} from '../state-years.ts';
import type { CommandIo } from './io.ts';
import { YEAR_TABLE_OPTIONS } from './year-table-args.ts';
import { runYearTable, type YearTableCommand } from './year-table-command.ts';

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

/** The steps of `casus stateyears`: the additions, the --nmc release, what the store lacks, the write. */
const STATEYEARS: YearTableCommand<StateAddition, StateYearOptions, StateYearOptions> = {
  usage: STATEYEARS_USAGE,
  help: STATEYEARS_HELP,
  rowsNoun: 'state-years',
  options: YEAR_TABLE_OPTIONS,
  additions: STATE_ADDITIONS,
  unknownHint: (unknown) =>
    unknown.some((a) => /^(atop|contiguity|cow|gml|similarity)/.test(a))
      ? ' (the others are dyadic: casus dyads)'
      : '',
  check: (v, years, additions) => {
    const nmc = v.nmc === undefined ? '7.0' : parseNmcRelease(String(v.nmc));
    return nmc ? { ...years, with: additions, nmc } : `--nmc expects 6.0 or 7.0, not "${v.nmc}"`;
  },
  plan: async (connection, options) => ({
    options,
    lacks: await missingForStateYears(connection, options),
  }),
  write: writeStateYears,
};

/**
 * Runs `casus stateyears`; 0 when written, 1 on bad input or missing data, 2 on an internal error.
 * @example await runStateYears(['--years', '1816-2016', '--with', 'nmc', '--out', 's.csv'], processIo()) // 0
 */
export const runStateYears = (args: readonly string[], io: CommandIo): Promise<number> =>
  runYearTable(STATEYEARS, args, io);
