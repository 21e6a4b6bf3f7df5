/** COW inter-state wars as directed dyad-years, as peacesciencer carries them (cow_war_inter). */
import type { Importer } from './read-csv.ts';

/**
 * Loads cow_war_inter as the file holds it, one row per war, directed dyad and year, in the
 * file's order (peacesciencer breaks a tie between two wars of a dyad-year by it); negative
 * death counts (COW's -8, -9) kept, for the dyad-year query to read as missing.
 * @example await importCowWarInter(run, ['peacesciencer/cow_war_inter.csv'])
 */
export const importCowWarInter: Importer = async (run, [source]) => {
  await run(`CREATE TABLE cow_war_inter AS SELECT * FROM ${source!}`);
};
