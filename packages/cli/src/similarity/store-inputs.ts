/**
 * `casus similarity`'s inputs from the research-data store: one year's valued ATOP portfolios of
 * the COW system members and, for weighted S, their CINC, with the versions read.
 */
import type { Portfolios } from '@casus/core';
import {
  chooseNmcRelease,
  importedNmcReleases,
  loadCincWeights,
  loadPortfolios,
  type ManifestEntry,
  NMC_RELEASES,
  type NmcRelease,
  readManifest,
} from '@casus/data';
import { flagError } from '../command.ts';
import { openPortfolioStore } from '../portfolio-store.ts';

/** How the portfolios are coded and over whom, in words, for every answer that reads them. */
export const PORTFOLIO_WORDS =
  "ATOP 5.1 directed dyad-years (stateA's own obligations to stateB), the highest of the year: 3 defence or offence, 2 neutrality or consultation, 1 non-aggression only, 0 none (svmiller/fpsim, after Chiba et al.); each state 3 toward itself; over the COW system members (states2016) of any day of the year";

export interface SimilarityInputs {
  portfolios: Portfolios;
  /** CINC aligned with the members, when weights were asked for. */
  weights?: Float64Array;
  nmc?: { release: NmcRelease; why: string };
  data: ManifestEntry[];
}

/**
 * Reads `year`'s portfolios (and CINC when `weighted`) from the store at `db`, checked as
 * openPortfolioStore checks it.
 * @example await readSimilarityInputs(undefined, 1960, false)
 */
export async function readSimilarityInputs(
  db: string | undefined,
  year: number,
  weighted: boolean,
): Promise<SimilarityInputs> {
  const store = await openPortfolioStore(db, year, year);
  try {
    const c = store.connection;
    const portfolios = (await loadPortfolios(c, year, year)).get(year)!;
    const out: SimilarityInputs = { portfolios, data: [] };
    const datasets = new Set(['atop', 'cow-states']);
    if (weighted) {
      const nmc = chooseNmcRelease(year, await importedNmcReleases(c));
      if (!nmc.release)
        throw flagError(
          '--measure',
          `no CINC for ${year}: ${nmc.why}`,
          'a store holding cow-nmc (or cow-nmc7 after 2016)',
          'run `casus data import DIR --only cow-nmc` first, or use --measure s',
        );
      out.weights = (await loadCincWeights(c, new Map([[year, portfolios]]), nmc.release)).get(
        year,
      )!;
      out.nmc = { release: nmc.release, why: nmc.why };
      datasets.add(NMC_RELEASES[nmc.release].dataset);
    }
    out.data = (await readManifest(c)).filter(
      (m) => datasets.has(m.dataset) && (m.dataset !== 'atop' || /ddyr/.test(m.file)),
    );
    return out;
  } finally {
    store.close();
  }
}
