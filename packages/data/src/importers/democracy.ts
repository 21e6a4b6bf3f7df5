/** Democracy scores of COW state-years (peacesciencer ccode_democracy), empty cells as NULL. */
import type { Importer } from './read-csv.ts';

/**
 * Loads democracy(ccode, year, v2x_polyarchy, polity2, xm_qudsest).
 * @example await importDemocracy(run, ['peacesciencer/ccode_democracy.csv'])
 */
export const importDemocracy: Importer = async (run, [source]) => {
  await run(`CREATE TABLE democracy AS
    SELECT ccode::INTEGER AS ccode, year::INTEGER AS year, v2x_polyarchy::DOUBLE AS v2x_polyarchy,
      polity2::DOUBLE AS polity2, xm_qudsest::DOUBLE AS xm_qudsest
    FROM ${source!}`);
};
