/** COW National Material Capabilities: the six components and CINC per state-year, -9 or empty read as missing. */
import type { Importer } from './read-csv.ts';

const COMPONENTS = ['milex', 'milper', 'irst', 'pec', 'tpop', 'upop'] as const;

/**
 * An importer that loads an abridged NMC file into `table`(ccode, year, milex, milper, irst, pec,
 * tpop, upop, cinc): COW's own files mark missing values -9, peacesciencer's leave them empty;
 * both end as NULL.
 * @example await nmcImporter('cow_nmc7')(run, ['peacesciencer/cow_nmc.csv'])
 */
export const nmcImporter =
  (table: string): Importer =>
  async (run, [source]) => {
    const components = COMPONENTS.map((c) => `nullif(${c}, -9)::DOUBLE AS ${c}`).join(', ');
    await run(`CREATE TABLE ${table} AS
    SELECT ccode::INTEGER AS ccode, year::INTEGER AS year, ${components},
      nullif(cinc, -9)::DOUBLE AS cinc
    FROM ${source!}`);
  };

/**
 * Loads NMC 6.0 into cow_nmc; missing stays NULL.
 * @example await importCowNmc(run, ['cow/NMC-60-abridged.csv'])
 */
export const importCowNmc: Importer = nmcImporter('cow_nmc');

/**
 * Loads NMC 7.0 (peacesciencer's conversion, 1816-2022) into cow_nmc7; missing stays NULL.
 * @example await importCowNmc7(run, ['peacesciencer/cow_nmc.csv'])
 */
export const importCowNmc7: Importer = nmcImporter('cow_nmc7');
