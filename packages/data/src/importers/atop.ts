/** ATOP 5.1: alliance-level, member-level and directed dyad-year tables, as released. */
import type { Importer } from './read-csv.ts';

/**
 * Loads atop5_1a, atop5_1m and atop5_1ddyr into atop_alliances, atop_members and atop_ddyr.
 * @example await importAtop(run, ['atop/atop5_1a.csv', 'atop/atop5_1m.csv', 'atop/atop5_1ddyr.csv'])
 */
export const importAtop: Importer = async (run, [alliances, members, ddyr]) => {
  await run(`CREATE TABLE atop_alliances AS SELECT * FROM ${alliances!}`);
  await run(`CREATE TABLE atop_members AS SELECT * FROM ${members!}`);
  await run(`CREATE TABLE atop_ddyr AS SELECT * FROM ${ddyr!}`);
};
