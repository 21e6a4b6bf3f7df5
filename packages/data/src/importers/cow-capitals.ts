/** Capitals of COW states with their coordinates and validity dates. */
import type { Importer } from './read-csv.ts';

/**
 * Loads capitals into cow_capitals(ccode, statenme, capital, stdate, enddate, lat, lng).
 * @example await importCowCapitals(run, ['peacesciencer/cow_capitals.csv'])
 */
export const importCowCapitals: Importer = async (run, [source]) => {
  await run(`CREATE TABLE cow_capitals AS
    SELECT ccode::INTEGER AS ccode, statenme, capital, stdate::DATE AS stdate,
      enddate::DATE AS enddate, lat::DOUBLE AS lat, lng::DOUBLE AS lng
    FROM ${source!}`);
};
