/** `casus dyads`: dyad-year data in peacesciencer's conventions, written to CSV or Parquet. */
import {
  DYAD_ADDITIONS,
  DYAD_NMC_DEFAULT,
  type DyadAddition,
  type DyadOptions,
  missingForDyads,
  writeDyadYears,
} from '../dyads.ts';
import { chooseNmcRelease, importedNmcReleases, type NmcRelease, parseNmcRelease } from '../nmc.ts';
import type { CommandIo } from './io.ts';
import { YEAR_TABLE_OPTIONS } from './year-table-args.ts';
import { runYearTable, type YearTableCommand } from './year-table-command.ts';

export const DYADS_USAGE =
  'casus dyads --years 1816-2016 [--directed] [--with atop,nmc,contiguity,majors,capdist,democracy,cowwars,similarity,mindist,cowmids,gmlmids] [--nmc 6.0|7.0] --out FILE.csv|.parquet [--db file] [--json]';

export const DYADS_HELP = `Usage: ${DYADS_USAGE}

Writes one row per dyad-year (ccode1, ccode2, year) in the conventions of
peacesciencer's create_dyadyears(): a pair is a dyad-year when both states are
COW system members on at least one common day of that year. Non-directed rows
have ccode1 < ccode2; --directed writes both orders.

Additions (--with):
  atop        atop_alliance (any ATOP alliance), atop_defense, atop_offense,
              atop_neutral, atop_nonagg, atop_consul: 1 if in force at any point of the
              year (non-directed: either direction); 0 when ATOP has no row; missing
              outside 1815-2018
  nmc         milex1..cinc1 and milex2..cinc2 from COW NMC; missing stays missing.
              The release is 7.0 (peacesciencer's) unless --nmc 6.0 is given or only
              cow-nmc is imported; the output line names the release used
  contiguity  conttype: the type of the earliest month of the year with a record; 0 if none
  majors      cowmaj1, cowmaj2: 1 if a COW major power at any point of the year
  capdist     capdist: km between the two capitals (peacesciencer's add_capital_distance():
              the capital of the year's first day, the Vincenty formula on a sphere of
              radius 6,378.137 km, as geosphere's distVincentySphere); missing without one
  democracy   v2x_polyarchy1, polity21, xm_qudsest1, then the same for state 2: V-Dem's
              polyarchy, Polity2 and the Unified Democracy Score, from peacesciencer's
              ccode_democracy (its add_democracy()); missing stays missing
  cowwars     cowinterongoing, cowinteronset, sidea1, sidea2, initiator1, initiator2,
              outcome1, outcome2, batdeath1, batdeath2, resume: COW inter-state wars as
              peacesciencer's add_cow_wars(type = "inter") adds them (one war per dyad-year:
              an onset before a continuing war, then the most battle deaths); onset and
              ongoing 0 without a war in 1816-2007, missing after; negative deaths missing
  similarity  s_un_glo, s_wt_glo, tau_glob (EUGene's names): Signorino & Ritter's S
              unweighted and weighted by CINC (the --nmc release), and Kendall's tau-b, of
              the two states' valued ATOP portfolios (3 defence/offence, 2 neutrality/
              consultation, 1 non-aggression, 0 none; self 3) over every system member of
              the year, absolute distance; then s_un_reg, s_wt_reg, tau_reg over the
              members of the two states' home regions; see casus similarity. Missing when
              undefined
  mindist     km between the two states' borders in CShapes 2.0, peacesciencer's
              cow_mindist (add_minimum_distance(use_extdata = FALSE)); missing outside 1886-2019
  cowmids     dispnum, cowmidongoing, cowmidonset, sidea1, sidea2, fatality1, fatality2,
              fatalpre1, fatalpre2, hiact1, hiact2, hostlev1, hostlev2, orig1, orig2,
              fatality, hostlev, mindur, maxdur, recip, stmon: COW MID 5.0 as peacesciencer's
              add_cow_mids() adds it (one dispute per dyad-year: onsets first, then the
              highest fatality, hostlev, mindur, maxdur, reciprocated, earliest start month);
              onset and ongoing 0 without a dispute in 1816-2014, missing after
  gmlmids     the same columns from GML MID 2.2.1 (gmlmidongoing, gmlmidonset; recip before
              mindur, as add_gml_mids() orders them), 0 in 1816-2010; --directed adds init1,
              init2 (1 for Side A or a joiner, its init = "sidea-all-joiners"). Not with
              cowmids: the two share column names

Options:
  --years a-b  first and last year (a single year also works), within the years
               the imported COW state system covers (1816-2016 for states2016)
  --nmc r      the NMC release of the nmc columns: 7.0 (the default, peacesciencer's,
               as its add_nmc() gives) or 6.0 (COW's file; 7.0 revised some figures)
  --with list  columns follow in the order given, as a peacesciencer pipeline adds them:
               --with atop,nmc,contiguity is add_atop_alliance() |> add_nmc() |>
               add_contiguity()
  --out file   .csv, .csv.gz or .parquet; CSV as R's write.csv(df, row.names = FALSE,
               na = "", quote = FALSE) writes it (numbers to 15 significant digits,
               1e+05 where R writes it), so the file is byte-identical to peacesciencer's
  --db file    database file (default: $CASUS_DB, else $XDG_DATA_HOME/casus/casus.duckdb)
  --json       print {rows, out, seconds} as JSON
  -h, --help   show this help`;

export { parseYears } from './year-table-args.ts';

/** Additions whose columns carry the same peacesciencer names, so that one file cannot hold both. */
const SAME_NAMES: readonly [DyadAddition, DyadAddition, string][] = [
  ['cowmids', 'gmlmids', 'dispnum, sidea1, hostlev and the rest'],
  ['cowwars', 'cowmids', 'sidea1 and sidea2'],
  ['cowwars', 'gmlmids', 'sidea1 and sidea2'],
];

/** What `casus dyads` knows before the store opens: the additions, the release asked for, the direction. */
interface DyadsRequest {
  additions: DyadAddition[];
  requested: NmcRelease | undefined;
  directed: boolean;
}

/** The steps of `casus dyads`: the additions and their clashes, the --nmc release, what the store lacks, the write. */
const DYADS: YearTableCommand<DyadAddition, DyadsRequest, DyadOptions> = {
  usage: DYADS_USAGE,
  help: DYADS_HELP,
  rowsNoun: 'dyad-years',
  options: { ...YEAR_TABLE_OPTIONS, directed: { type: 'boolean' } },
  additions: DYAD_ADDITIONS,
  check: (v, _years, additions) => {
    const clash = SAME_NAMES.find(([a, b]) => additions.includes(a) && additions.includes(b));
    if (clash)
      return `--with ${clash[0]},${clash[1]}: both add ${clash[2]} under the same names; ask for one per file`;
    const requested = v.nmc === undefined ? undefined : parseNmcRelease(String(v.nmc));
    if (v.nmc !== undefined && !requested) return `--nmc expects 6.0 or 7.0, not "${v.nmc}"`;
    if (requested && !additions.includes('nmc') && !additions.includes('similarity'))
      return '--nmc chooses the release of the nmc columns: add --with nmc (or similarity, whose CINC weights it also chooses)';
    return { additions, requested, directed: Boolean(v.directed) };
  },
  plan: async (connection, { additions, requested, directed }, years) => {
    const withNmc = additions.includes('nmc') || additions.includes('similarity');
    const imported = await importedNmcReleases(connection);
    // Dyad-years follow peacesciencer, whose add_nmc() bundles 7.0; the engine's own default (6.0
    // up to 2016, the published figures) applies when 7.0 is not imported.
    const choice =
      requested === undefined && imported.has(DYAD_NMC_DEFAULT)
        ? {
            release: DYAD_NMC_DEFAULT,
            why: "the default, as peacesciencer's add_nmc() gives; --nmc 6.0 for COW's published release",
          }
        : chooseNmcRelease(years.to, imported, requested);
    // With no release imported, the missing-dataset message below names the one asked for (or 7.0).
    const nmc: NmcRelease = choice.release ?? requested ?? DYAD_NMC_DEFAULT;
    const options = { ...years, directed, with: additions, nmc };
    const uses = [
      additions.includes('nmc') ? 'nmc columns' : '',
      additions.includes('similarity') ? 'similarity weights' : '',
    ];
    return {
      options,
      lacks: await missingForDyads(connection, options),
      refusal:
        withNmc && requested && !choice.release ? `${choice.why}; give years within it` : undefined,
      ...(withNmc
        ? {
            json: { nmc },
            line: `\n${uses.filter(Boolean).join(' and ')}: COW NMC ${nmc} (${choice.why})`,
          }
        : {}),
    };
  },
  write: writeDyadYears,
};

/**
 * Runs `casus dyads`; 0 when written, 1 on bad input or missing data, 2 on an internal error.
 * @example await runDyads(['--years', '1816-2016', '--with', 'atop', '--out', 'd.parquet'], processIo()) // 0
 */
export const runDyads = (args: readonly string[], io: CommandIo): Promise<number> =>
  runYearTable(DYADS, args, io);
