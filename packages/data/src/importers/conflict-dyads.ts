/** peacesciencer's dyadic MID tables whittled to one row per directed dyad-year: COW MID 5.0 and GML 2.2.1. */
import type { Importer } from './read-csv.ts';
import { MID_RULES, whittleSql } from './whittle.ts';

const MID_SIDES =
  'sidea1, sidea2, fatality1, fatality2, fatalpre1, fatalpre2, hiact1, hiact2, hostlev1, hostlev2, orig1, orig2';

/**
 * Loads cow_mid_ddydisps from peacesciencer's directed dispute-years (cow_mid_dirdisps) and its
 * dispute table (cow_mid_disps), as its data-raw/cow_mid_ddydisps.R builds the table add_cow_mids() joins.
 * @example await importCowMidDyads(run, ['peacesciencer/cow_mid_dirdisps.csv', 'peacesciencer/cow_mid_disps.csv'])
 */
export const importCowMidDyads: Importer = async (run, [dirdisps, disps]) => {
  await run(`CREATE TEMP TABLE cow_mid_rows AS
    SELECT d.*, m.fatality, m.hostlev, m.mindur, m.maxdur, m.recip, m.stmon
    FROM ${dirdisps!} d JOIN ${disps!} m USING (dispnum)`);
  await run(`CREATE TABLE cow_mid_ddydisps AS
    SELECT dispnum, ccode1, ccode2, year, dispongoing AS cowmidongoing, disponset AS cowmidonset,
      ${MID_SIDES}, fatality, hostlev, mindur, maxdur, recip, stmon
    FROM (${whittleSql('cow_mid_rows', 'disponset', MID_RULES)})`);
  await run('DROP TABLE cow_mid_rows');
};

/**
 * Loads gml_mid_ddydisps from GML's directed dispute-years (gml_dirdisp), as peacesciencer's
 * data-raw/gml/gml_mid_ddydisps.R builds the table add_gml_mids() joins (ties: the first row in the
 * file), and gml_part, GML's participants, as read, which add_gml_mids() takes for state-years.
 * @example await importGmlMids(run, ['peacesciencer/gml_dirdisp.csv', 'peacesciencer/gml_part.csv'])
 */
export const importGmlMids: Importer = async (run, [dirdisp, part]) => {
  await run(`CREATE TABLE gml_part AS SELECT * FROM ${part!}`);
  await run(
    `CREATE TEMP TABLE gml_mid_rows AS SELECT *, row_number() OVER () AS file_row FROM ${dirdisp!}`,
  );
  await run(`CREATE TABLE gml_mid_ddydisps AS
    SELECT dispnum, ccode1, ccode2, year, midongoing AS gmlmidongoing, midonset AS gmlmidonset,
      ${MID_SIDES}, fatality, hostlev, recip, mindur, maxdur, stmon
    FROM (${whittleSql('gml_mid_rows', 'midonset', MID_RULES, 'file_row')})`);
  await run('DROP TABLE gml_mid_rows');
};
