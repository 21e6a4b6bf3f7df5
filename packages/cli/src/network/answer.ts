/** What `casus network` answers (its --json) and the text for people. */
import type { NetworkSummary, NodeMeasures } from '@casus/core/network';
import type { NetworkDataVersion } from '@casus/data';
import { table } from '../render/table.ts';

export interface NetworkAnswer {
  command: string;
  tie: string;
  region: string;
  seed: number;
  data: NetworkDataVersion[];
  definitions: string[];
  /** What the answer takes for granted beyond the data (carrying the state system past 2016). */
  assumptions: string[];
  /** One year: every node's measures; several: the summaries alone. */
  years: (NetworkSummary & { states?: NodeMeasures[] })[];
  notes: string[];
}

const fixed = (x: number | undefined, digits = 3) => (x === undefined ? '—' : x.toFixed(digits));

/** A row of block characters, one per value, lowest to highest of the row. */
export function sparkline(values: readonly number[]): string {
  const blocks = '▁▂▃▄▅▆▇█';
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return values
    .map((v) => blocks[hi === lo ? 0 : Math.round(((v - lo) / (hi - lo)) * (blocks.length - 1))])
    .join('');
}

const summaryRow = (s: NetworkSummary) => [
  String(s.year),
  String(s.nodes),
  String(s.edges),
  fixed(s.density),
  String(s.isolates),
  String(s.communities),
  fixed(s.modularity),
  fixed(s.meanClustering),
];
const SUMMARY_HEADERS = [
  'year',
  'nodes',
  'edges',
  'density',
  'isolates',
  'communities',
  'modularity',
  'mean clustering',
];

/**
 * The answer as people read it: what a node and an edge are, then the year's summary, its states
 * and communities, or, over years, a summary per year and how each measure moved.
 */
export function renderNetwork(a: NetworkAnswer, label: (ccode: number) => string): string {
  const head = [
    `alliance network · ${a.tie} · ${a.region} · Louvain seed ${a.seed}`,
    `data: ${a.data.map((d) => `${d.dataset} ${d.version} (${d.file}${d.pinned ? ', pinned sha256' : ''})`).join(', ')}`,
    ...a.definitions.map((d) => `definition: ${d}`),
    ...a.assumptions.map((d) => `assumption: ${d}`),
    ...a.notes.map((n) => `note: ${n}`),
    '',
  ];
  if (a.years.length === 1) {
    const y = a.years[0]!;
    const nodes = [...(y.states ?? [])]
      .filter((n) => n.degree > 0)
      .sort((p, q) => q.degree - p.degree || q.betweenness - p.betweenness || p.ccode - q.ccode);
    const communities = new Map<number, string[]>();
    for (const n of nodes)
      if (n.community !== undefined)
        communities.set(n.community, [...(communities.get(n.community) ?? []), label(n.ccode)]);
    return [
      ...head,
      table(SUMMARY_HEADERS, [summaryRow(y)]),
      '',
      `STATES WITH A TIE (${nodes.length} of ${y.nodes}; by degree)`,
      table(
        ['state', 'degree', 'betweenness', 'eigenvector', 'clustering', 'community'],
        nodes.map((n) => [
          label(n.ccode),
          String(n.degree),
          fixed(n.betweenness),
          fixed(n.eigenvector),
          fixed(n.clustering),
          String(n.community ?? '—'),
        ]),
      ),
      '',
      'COMMUNITIES',
      ...[...communities]
        .sort((p, q) => p[0] - q[0])
        .map(([c, members]) => `  ${c}  ${members.sort().join(', ')}`),
    ].join('\n');
  }
  const span = `${a.years[0]!.year}–${a.years.at(-1)!.year}`;
  const trend = (name: string, pick: (s: NetworkSummary) => number, digits = 3) => {
    const values = a.years.map(pick);
    return `  ${name.padEnd(16)}${sparkline(values)}  ${fixed(Math.min(...values), digits)}–${fixed(Math.max(...values), digits)}`;
  };
  return [
    ...head,
    table(SUMMARY_HEADERS, a.years.map(summaryRow)),
    '',
    `HOW THE NETWORK CHANGED, ${span} (one mark a year, low to high; the range after)`,
    trend('edges', (s) => s.edges, 0),
    trend('density', (s) => s.density),
    trend('communities', (s) => s.communities, 0),
    trend('modularity', (s) => s.modularity),
    trend('mean clustering', (s) => s.meanClustering),
  ].join('\n');
}
