/**
 * The workbench's alliance network of a year (`casus network --year Y` as the API gives it):
 * read from the research-data store, each answer kept for the store file it was read from.
 */
import { existsSync, statSync } from 'node:fs';
import { type Region, stateByCcode } from '@casus/core';
import type { NetworkTie } from '@casus/core/network';
import type { NetworkYearAnswer } from '@casus/core/network-answer';
import {
  missingForPortfolios,
  openStore,
  portfolioYearsCovered,
  readAllianceNetworks,
} from '@casus/data';
import { ApiError } from './errors.ts';
import { carriedCoverage, uncoveredYear } from './network-carry.ts';

export interface NetworkQuery {
  year: number;
  tie: NetworkTie;
  region?: Region | undefined;
  seed: number;
  /** Carry the COW system's last members to this year (network-carry.ts). */
  carryTo?: number | undefined;
}

const IMPORT_HINT = 'run `casus data import DIR --only atop,cow-states` (after `casus data fetch`)';

const unavailable = (message: string) =>
  new ApiError(503, 'data_unavailable', message, undefined, IMPORT_HINT);

const label = (ccode: number) => stateByCcode(ccode)?.iso3 ?? String(ccode);

/** Reads one year's network from the store at `dbPath`, after checking it holds that year. */
async function readNetwork(
  dbPath: string,
  q: NetworkQuery,
): Promise<Omit<NetworkYearAnswer, 'cached'>> {
  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore(dbPath, { readOnly: true });
  } catch (error) {
    throw unavailable(`the data database cannot be read: ${(error as Error).message}`);
  }
  try {
    const c = store.connection;
    const missing = await missingForPortfolios(c);
    if (missing.length > 0)
      throw unavailable(`the data database at ${dbPath} holds no ${missing.join(' and ')}`);
    const system = await portfolioYearsCovered(c);
    if (!system) throw unavailable(`the data database at ${dbPath} holds no COW system member`);
    const { coverage, assumptions } = await carriedCoverage(c, system, q.carryTo);
    if (q.year < coverage.from || q.year > coverage.to)
      throw uncoveredYear(q.year, coverage, q.carryTo !== undefined);
    const networks = await readAllianceNetworks(c, {
      from: q.year,
      to: q.year,
      tie: q.tie,
      region: q.region,
      seed: q.seed,
      label,
      carryTo: q.carryTo,
    });
    const { graph, measures } = networks.years[0]!;
    return {
      year: q.year,
      tie: q.tie,
      tieWords: networks.tie,
      region: networks.region,
      seed: q.seed,
      carryTo: q.carryTo ?? null,
      coverage,
      assumptions: assumptions(q.year),
      summary: measures.summary,
      nodes: measures.nodes.map((n) => ({
        ...n,
        iso3: label(n.ccode),
        name: stateByCcode(n.ccode)?.name ?? String(n.ccode),
        eigenvector: n.eigenvector ?? null,
      })),
      ties: graph
        .mapEdges((_, __, s, t) => [Number(s), Number(t)].sort((a, b) => a - b) as [number, number])
        .sort((a, b) => a[0] - b[0] || a[1] - b[1]),
      definitions: networks.definitions,
      data: networks.data,
      notes: networks.notes,
    };
  } finally {
    store.close();
  }
}

/** How many answers are kept (each some 100 kB): a slider's sweep over every covered year and then some. */
const KEEP = 256;

/**
 * The network answers for the store at `dbPath`. Answers are kept per (year, type, region, seed, carry)
 * and the store file's size and modification time, so a new `casus data import` is read afresh.
 * @example const answers = networkAnswers('/data/casus.duckdb'); await answers({year: 1950, tie: 'defense', seed: 1})
 */
export function networkAnswers(dbPath: string): (q: NetworkQuery) => Promise<NetworkYearAnswer> {
  const kept = new Map<string, Omit<NetworkYearAnswer, 'cached'>>();
  return async (q) => {
    if (!existsSync(dbPath)) throw unavailable(`there is no data database at ${dbPath}`);
    const file = statSync(dbPath);
    const key = [
      file.size,
      file.mtimeMs,
      q.year,
      q.tie,
      q.region ?? '',
      q.seed,
      q.carryTo ?? '',
    ].join(':');
    const hit = kept.get(key);
    if (hit) return { ...hit, cached: true };
    const answer = await readNetwork(dbPath, q);
    if (kept.size >= KEEP) kept.delete(kept.keys().next().value!);
    kept.set(key, answer);
    return { ...answer, cached: false };
  };
}
