/** `casus dyads`: dyad-year data in peacesciencer's conventions, written to CSV or Parquet. */
import { existsSync } from 'node:fs';
import {
  DYAD_ADDITIONS,
  DYAD_NMC_DEFAULT,
  type DyadAddition,
  missingForDyads,
  writeDyadYears,
} from '../dyads.ts';
import { chooseNmcRelease, importedNmcReleases, type NmcRelease, parseNmcRelease } from '../nmc.ts';
import { writeOutput } from '../output-file.ts';
import { defaultDbPath } from '../paths.ts';
import { openStore } from '../store.ts';
import { type CommandIo, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from './io.ts';
import { parseCommand } from './parse.ts';
import {
  lacksMessage,
  parseYearsAndOut,
  YEAR_TABLE_OPTIONS,
  yearsOutsideSystem,
} from './year-table-args.ts';

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

/**
 * Runs `casus dyads`; 0 when written, 1 on bad input or missing data, 2 on an internal error.
 * @example await runDyads(['--years', '1816-2016', '--with', 'atop', '--out', 'd.parquet'], processIo()) // 0
 */
export async function runDyads(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseCommand(args, { ...YEAR_TABLE_OPTIONS, directed: { type: 'boolean' } });
  const bad = (message: string) => {
    io.stderr.write(`${message}\n${DYADS_USAGE}\n`);
    return EXIT_BAD_INPUT;
  };
  if (!parsed.ok) return bad(parsed.message);
  const v = parsed.values as Record<string, string | boolean | undefined>;
  if (v.help) {
    io.stdout.write(`${DYADS_HELP}\n`);
    return EXIT_OK;
  }
  const target = parseYearsAndOut(v);
  if (typeof target === 'string') return bad(target);
  const { years, out } = target;
  const additions = String(v.with ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = additions.filter((a) => !DYAD_ADDITIONS.includes(a as DyadAddition));
  if (unknown.length > 0)
    return bad(
      `unknown --with ${unknown.join(', ')}; expected some of ${DYAD_ADDITIONS.join(', ')}`,
    );
  const clash = SAME_NAMES.find(([a, b]) => additions.includes(a) && additions.includes(b));
  if (clash)
    return bad(
      `--with ${clash[0]},${clash[1]}: both add ${clash[2]} under the same names; ask for one per file`,
    );
  const requested = v.nmc === undefined ? undefined : parseNmcRelease(String(v.nmc));
  if (v.nmc !== undefined && !requested) return bad(`--nmc expects 6.0 or 7.0, not "${v.nmc}"`);
  if (requested && !additions.includes('nmc') && !additions.includes('similarity'))
    return bad(
      '--nmc chooses the release of the nmc columns: add --with nmc (or similarity, whose CINC weights it also chooses)',
    );
  const dbPath = (v.db as string | undefined) ?? defaultDbPath(io.env);
  if (!existsSync(dbPath))
    return bad(`no database at ${dbPath}: run \`casus data import <dir>\` first`);
  const store = await openStore(dbPath, { readOnly: true });
  try {
    const withNmc = additions.includes('nmc') || additions.includes('similarity');
    const imported = await importedNmcReleases(store.connection);
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
    const options = {
      ...years,
      directed: Boolean(v.directed),
      with: additions as DyadAddition[],
      nmc,
    };
    const missing = await missingForDyads(store.connection, options);
    if (missing.length > 0) return bad(lacksMessage(missing));
    const outside = await yearsOutsideSystem(store.connection, years, dbPath);
    if (outside) return bad(outside);
    if (withNmc && requested && !choice.release) return bad(`${choice.why}; give years within it`);
    const started = performance.now();
    const rows = await writeOutput(out, (temp) => writeDyadYears(store.connection, options, temp));
    const seconds = (performance.now() - started) / 1000;
    const nmcLine = withNmc
      ? `\n${[additions.includes('nmc') ? 'nmc columns' : '', additions.includes('similarity') ? 'similarity weights' : ''].filter(Boolean).join(' and ')}: COW NMC ${nmc} (${choice.why})`
      : '';
    io.stdout.write(
      v.json
        ? `${JSON.stringify({ rows, out, seconds, ...(withNmc ? { nmc } : {}) })}\n`
        : `wrote ${rows.toLocaleString('en-US')} dyad-years to ${out} in ${seconds.toFixed(1)} s${nmcLine}\n`,
    );
    return EXIT_OK;
  } catch (error) {
    io.stderr.write(`internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_INTERNAL;
  } finally {
    store.close();
  }
}
