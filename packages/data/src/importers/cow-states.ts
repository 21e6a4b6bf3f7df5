/** COW state system membership spells, with start and end as dates. */
import type { Importer } from './read-csv.ts';

/**
 * Loads states2016 spells into cow_states(ccode, stateabb, statenme, stdate, enddate).
 * @example await importCowStates(run, ['peacesciencer/cow_states.csv'])
 */
export const importCowStates: Importer = async (run, [source]) => {
  await run(`CREATE TABLE cow_states AS
    SELECT ccode::INTEGER AS ccode, stateabb, statenme,
      make_date(styear, stmonth, stday) AS stdate, make_date(endyear, endmonth, endday) AS enddate
    FROM ${source!}`);
};
