/**
 * `casus similarity`'s inputs from the research-data store: one year's valued ATOP portfolios of
 * the COW system members and, for weighted S, their CINC, with the versions read.
 */
import { existsSync } from 'node:fs';
import type { Issue, Portfolios } from '@casus/core';
import {
  ATOP_YEARS,
  chooseNmcRelease,
  defaultDbPath,
  importedNmcReleases,
  loadCincWeights,
  loadPortfolios,
  type ManifestEntry,
  missingForPortfolios,
  NMC_RELEASES,
  type NmcRelease,
  openStore,
  portfolioYearsCovered,
  readManifest,
  type Store,
} from '@casus/data';
import { InputError } from '../command.ts';

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

const storeIssue = (file: string, message: string, expected: string, hint: string): Issue => ({
  code: 'invalid_value',
  severity: 'error',
  file,
  pointer: '',
  message,
  expected,
  hint,
});
const STORE_EXPECTED = 'a DuckDB file made by casus data import, holding atop and cow-states';

/** A command that can carry the state system past its end: its flag, and the year given, if any. */
export interface SystemCarry {
  flag: string;
  to: number | undefined;
}

/** Why the years are not covered, and what to do: with a carry flag not given, name it. */
function uncoveredHint(covered: { to: number } | undefined, to: number, carry?: SystemCarry) {
  if (carry?.to === undefined && carry && covered && to > covered.to && to <= ATOP_YEARS.to)
    return `ATOP runs to ${ATOP_YEARS.to}: add ${carry.flag} ${ATOP_YEARS.to} to carry the members of ${covered.to} forward (an assumption the answer states)`;
  return 'give years the COW state system and ATOP both cover';
}

/**
 * Opens the store at `db` (default: the one casus data import writes) read-only, checked to hold
 * atop and cow-states over the years `from`–`to`; a missing store, dataset or year is bad input
 * naming what to run. With `carry.to`, the system counts as running to that year (ATOP's last at
 * most). The caller closes it.
 * @example const store = await openPortfolioStore(undefined, 1960, 1960);
 */
export async function openPortfolioStore(
  db: string | undefined,
  from: number,
  to: number,
  yearFlag = '--year',
  carry?: SystemCarry,
): Promise<Store> {
  const path = db ?? defaultDbPath();
  if (!existsSync(path))
    throw new InputError([
      storeIssue(
        '--db',
        `no research-data store at ${path}`,
        STORE_EXPECTED,
        'run `casus data import DIR --only atop,cow-states,cow-nmc` first',
      ),
    ]);
  const store = await openStore(path, { readOnly: true });
  try {
    const c = store.connection;
    const missing = await missingForPortfolios(c);
    if (missing.length > 0)
      throw new InputError([
        storeIssue(
          '--db',
          `the store at ${path} holds no ${missing.join(' and ')}`,
          STORE_EXPECTED,
          `run \`casus data import DIR --only ${missing.join(',')}\` first`,
        ),
      ]);
    const system = await portfolioYearsCovered(c);
    const covered =
      system && carry?.to !== undefined
        ? { ...system, to: Math.max(system.to, Math.min(carry.to, ATOP_YEARS.to)) }
        : system;
    const asked = from === to ? String(from) : `${from}-${to}`;
    if (!covered || from < covered.from || to > covered.to)
      throw new InputError([
        storeIssue(
          yearFlag,
          covered
            ? `portfolios cover ${covered.from}-${covered.to} (the COW state system${carry?.to === undefined ? '' : ', carried forward,'} within ATOP 5.1), not ${asked}`
            : 'the store holds no COW system member',
          covered ? `years from ${covered.from} to ${covered.to}` : 'an imported cow-states',
          uncoveredHint(system, to, carry),
        ),
      ]);
    return store;
  } catch (e) {
    store.close();
    throw e;
  }
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
        throw new InputError([
          storeIssue(
            '--measure',
            `no CINC for ${year}: ${nmc.why}`,
            'a store holding cow-nmc (or cow-nmc7 after 2016)',
            'run `casus data import DIR --only cow-nmc` first, or use --measure s',
          ),
        ]);
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
