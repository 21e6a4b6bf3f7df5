/** COW direct contiguity master records, one row per directed contiguity spell (month precision). */
import type { Importer } from './read-csv.ts';

/**
 * Loads contiguity spells into cow_contiguity(ccode1, ccode2, conttype, stdate, enddate).
 * @example await importCowContiguity(run, ['peacesciencer/cow_contdir.csv'])
 */
export const importCowContiguity: Importer = async (run, [source]) => {
  await run(`CREATE TABLE cow_contiguity AS
    SELECT ccode1::INTEGER AS ccode1, ccode2::INTEGER AS ccode2, conttype::INTEGER AS conttype,
      stdate::DATE AS stdate, enddate::DATE AS enddate
    FROM ${source!}`);
};
