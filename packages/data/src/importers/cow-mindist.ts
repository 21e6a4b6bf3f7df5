/** Minimum distances between COW states (peacesciencer cow_mindist, non-directed, ccode1 < ccode2). */
import type { Importer } from './read-csv.ts';

/**
 * Loads cow_mindist(ccode1, ccode2, year, mindist) in km, one row per non-directed dyad-year 1886-2019.
 * @example await importCowMindist(run, ['peacesciencer/cow_mindist.csv.gz'])
 */
export const importCowMindist: Importer = async (run, [source]) => {
  await run(`CREATE TABLE cow_mindist AS
    SELECT ccode1::INTEGER AS ccode1, ccode2::INTEGER AS ccode2, year::INTEGER AS year,
      mindist::DOUBLE AS mindist
    FROM ${source!}`);
};
