/** COW state system membership as state-years. */
import type { Importer } from './read-csv.ts';

/**
 * Loads system2016 into cow_system(stateabb, ccode, year).
 * @example await importCowSystem(run, ['cow/system2016.csv'])
 */
export const importCowSystem: Importer = async (run, [source]) => {
  await run(`CREATE TABLE cow_system AS
    SELECT stateabb, ccode::INTEGER AS ccode, year::INTEGER AS year FROM ${source!}`);
};
