/**
 * The alliance network of a year (DESIGN question 6, "network change"): the system members as
 * nodes, an edge wherever two of them share a commitment of the chosen type, and the measures a
 * researcher reads off it, computed by graphology and its maintained packages.
 */
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import eigenvectorModule from 'graphology-metrics/centrality/eigenvector.js';
import { density as graphDensity } from 'graphology-metrics/graph/density.js';
import { homeRegion, type Region } from '../model/regions.ts';
import { createRng } from '../sim/rng.ts';

/**
 * These packages are CommonJS whose types declare an ES default export: the default import is the
 * function itself under Node and Vite, which NodeNext's types call `.default` and a bundler's do
 * not. This takes whichever the value is, typed as the function either way.
 */
export const commonJsDefault = <T>(m: T): T extends { default: infer D } ? D : T =>
  ((m as { default?: unknown }).default ?? m) as never;

const louvain = commonJsDefault(louvainModule);
const betweennessCentrality = commonJsDefault(betweennessModule);
const eigenvectorCentrality = commonJsDefault(eigenvectorModule);

type Graph = UndirectedGraph;

/** Which ATOP commitment makes an edge: one of its five pledges, or any alliance (atopally). */
export type NetworkTie = 'defense' | 'offense' | 'neutral' | 'nonagg' | 'consul' | 'any';
export const NETWORK_TIES: readonly NetworkTie[] = [
  'defense',
  'offense',
  'neutral',
  'nonagg',
  'consul',
  'any',
];

/** One year's members and ties (each pair once, in either order), as COW codes. */
export interface AllianceYear {
  year: number;
  members: readonly number[];
  ties: readonly (readonly [number, number])[];
}

export interface NodeMeasures {
  ccode: number;
  degree: number;
  /** Shortest paths through the node over all pairs, normalised to [0, 1] (Brandes 2001). */
  betweenness: number;
  /** Eigenvector centrality (unit length); undefined when the power iteration did not converge. */
  eigenvector: number | undefined;
  /** Local clustering: the share of the node's pairs of partners that are allied (0 below degree 2). */
  clustering: number;
  /** Louvain community (Blondel et al. 2008), numbered from 0 by size; undefined for an isolate. */
  community: number | undefined;
}

export interface NetworkSummary {
  year: number;
  nodes: number;
  edges: number;
  density: number;
  /** Members with no tie of the type. */
  isolates: number;
  /** Communities among the members with a tie. */
  communities: number;
  /** Newman's modularity of the Louvain partition; 0 with no edge. */
  modularity: number;
  /** The mean of the local clustering over every node (isolates count 0, as networkx's average_clustering). */
  meanClustering: number;
}

export interface NetworkMeasures {
  summary: NetworkSummary;
  nodes: NodeMeasures[];
  /** Why a measure is missing, when one is. */
  notes: string[];
}

/**
 * The year's network, nodes keyed by COW code (as text) with `ccode` and `label` attributes;
 * `region` keeps only the members of that home region and the ties among them.
 * @example allianceGraph({year: 1950, members: [2, 200], ties: [[2, 200]]}).size // 1
 */
export function allianceGraph(
  y: AllianceYear,
  label: (ccode: number) => string = String,
  region?: Region,
): Graph {
  const g = new UndirectedGraph({ allowSelfLoops: false });
  const keep = (c: number) => region === undefined || homeRegion(c) === region;
  for (const c of y.members) if (keep(c)) g.addNode(String(c), { ccode: c, label: label(c) });
  for (const [a, b] of y.ties) {
    const [s, t] = [String(a), String(b)];
    if (a !== b && g.hasNode(s) && g.hasNode(t) && !g.hasEdge(s, t)) g.addEdge(s, t);
  }
  return g;
}

/** The share of a node's pairs of neighbours that are themselves adjacent. */
function localClustering(g: Graph, node: string): number {
  const partners = g.neighbors(node);
  const k = partners.length;
  if (k < 2) return 0;
  let closed = 0;
  for (let i = 0; i < k; i++)
    for (let j = i + 1; j < k; j++) if (g.hasEdge(partners[i]!, partners[j]!)) closed++;
  return closed / ((k * (k - 1)) / 2);
}

/**
 * Every measure of `g` (allianceGraph's); Louvain draws from `seed`, so the communities are the
 * same on every run with the same seed.
 * @example networkMeasures(allianceGraph(year1950), 1).summary.edges
 */
export function networkMeasures(g: Graph, year: number, seed: number): NetworkMeasures {
  const notes: string[] = [];
  // Betweenness needs three nodes for its normalisation (by (n − 1)(n − 2)/2 pairs).
  const between: Record<string, number> =
    g.order > 2 ? betweennessCentrality(g, { normalized: true }) : {};
  let eigen: Record<string, number> | undefined;
  if (g.size > 0)
    try {
      eigen = eigenvectorCentrality(g, { maxIterations: 1000, tolerance: 1e-9 });
    } catch {
      notes.push('eigenvector centrality did not converge in 1,000 iterations: left out');
    }
  const rng = createRng(seed);
  const partition =
    g.size > 0
      ? louvain.detailed(g, { rng: () => rng.next() })
      : { communities: {} as Record<string, number>, modularity: 0 };
  // Louvain numbers communities arbitrarily: renumber them by size (then lowest member) so that
  // community 0 is the largest on any run.
  const members = new Map<number, number[]>();
  g.forEachNode((n, a) => {
    if (g.degree(n) === 0) return;
    const c = partition.communities[n]!;
    members.set(c, [...(members.get(c) ?? []), a.ccode as number]);
  });
  const order = [...members.entries()]
    .sort((x, y) => y[1].length - x[1].length || Math.min(...x[1]) - Math.min(...y[1]))
    .map(([c]) => c);
  const nodes: NodeMeasures[] = g.mapNodes((n, a) => {
    const degree = g.degree(n);
    const community = degree === 0 ? undefined : order.indexOf(partition.communities[n]!);
    return {
      ccode: a.ccode as number,
      degree,
      betweenness: between[n] ?? 0,
      eigenvector: g.size > 0 ? eigen?.[n] : 0,
      clustering: localClustering(g, n),
      community,
    };
  });
  nodes.sort((a, b) => a.ccode - b.ccode);
  const meanClustering =
    nodes.length === 0 ? 0 : nodes.reduce((s, n) => s + n.clustering, 0) / nodes.length;
  return {
    summary: {
      year,
      nodes: g.order,
      edges: g.size,
      density: g.order < 2 ? 0 : graphDensity(g),
      isolates: nodes.filter((n) => n.degree === 0).length,
      communities: order.length,
      modularity: partition.modularity,
      meanClustering,
    },
    nodes,
    notes,
  };
}
