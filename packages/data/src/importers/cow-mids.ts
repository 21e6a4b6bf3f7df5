/** COW militarized interstate disputes: dispute-level (MIDA) and participant-level (MIDB) files as released. */
import type { Importer } from './read-csv.ts';

/**
 * Loads cow_mid_disputes and cow_mid_participants; missing codes (-9) are kept as released.
 * @example await importCowMids(run, ['cow/MIDA 5.0.csv', 'cow/MIDB 5.0.csv'])
 */
export const importCowMids: Importer = async (run, [disputes, participants]) => {
  await run(`CREATE TABLE cow_mid_disputes AS SELECT * FROM ${disputes!}`);
  await run(`CREATE TABLE cow_mid_participants AS SELECT * FROM ${participants!}`);
};
