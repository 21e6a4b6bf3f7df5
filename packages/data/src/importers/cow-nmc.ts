/** COW National Material Capabilities: the six components and CINC per state-year, -9 read as missing. */
import type { Importer } from './read-csv.ts';

const COMPONENTS = ['milex', 'milper', 'irst', 'pec', 'tpop', 'upop'] as const;

/**
 * Loads NMC into cow_nmc(ccode, year, milex, milper, irst, pec, tpop, upop, cinc); missing stays NULL.
 * @example await importCowNmc(run, ['cow/NMC-60-abridged.csv'])
 */
export const importCowNmc: Importer = async (run, [source]) => {
  const components = COMPONENTS.map((c) => `nullif(${c}, -9)::DOUBLE AS ${c}`).join(', ');
  await run(`CREATE TABLE cow_nmc AS
    SELECT ccode::INTEGER AS ccode, year::INTEGER AS year, ${components},
      nullif(cinc, -9)::DOUBLE AS cinc
    FROM ${source!}`);
};
