/** COW major-power spells, with start and end as dates. */
import type { Importer } from './read-csv.ts';

/**
 * Loads majors2016 into cow_majors(ccode, stateabb, stdate, enddate).
 * @example await importCowMajors(run, ['cow/majors2016.csv'])
 */
export const importCowMajors: Importer = async (run, [source]) => {
  await run(`CREATE TABLE cow_majors AS
    SELECT ccode::INTEGER AS ccode, stateabb,
      make_date(styear, stmonth, stday) AS stdate, make_date(endyear, endmonth, endday) AS enddate
    FROM ${source!}`);
};
