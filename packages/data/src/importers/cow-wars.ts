/** COW inter-state wars: the participant file as released, and one row per war derived from it. */
import type { Importer } from './read-csv.ts';

/**
 * Loads cow_war_participants (as released, missing codes -7/-8/-9 kept) and cow_wars(warnum, warname, styear, endyear, participants).
 * @example await importCowWars(run, ['cow/Inter-StateWarData_v4.0.csv'])
 */
export const importCowWars: Importer = async (run, [source]) => {
  await run(`CREATE TABLE cow_war_participants AS SELECT * FROM ${source!}`);
  await run(`CREATE TABLE cow_wars AS
    SELECT WarNum AS warnum, any_value(WarName) AS warname, min(StartYear1) AS styear,
      max(greatest(EndYear1, EndYear2)) AS endyear, count(*) AS participants
    FROM cow_war_participants GROUP BY WarNum ORDER BY WarNum`);
};
