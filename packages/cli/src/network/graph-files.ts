/**
 * The network as a file for Gephi, Cytoscape, igraph or networkx: GEXF by graphology-gexf,
 * GraphML by the writer below (graphology-graphml only parses), JSON as graphology serialises it.
 */
import type { UndirectedGraph } from 'graphology';
import gexfModule from 'graphology-gexf';

// CommonJS with an ES default in its types: the default import is the module itself at run time.
const gexf = gexfModule as unknown as { write: typeof gexfModule.write };

export type GraphFormat = 'graphml' | 'gexf' | 'json';

/** The format a file name asks for, or undefined for any other extension. */
export const graphFormatOf = (path: string): GraphFormat | undefined =>
  (/\.(graphml|gexf|json)$/i.exec(path)?.[1]?.toLowerCase() as GraphFormat | undefined) ??
  undefined;

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** GraphML's attribute type of a value (GraphML 1.0 primer, §3); an int seen beside a double is a double. */
function typeOf(v: unknown, before: string | undefined): string {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v !== 'number') return 'string';
  return before === 'double' || !Number.isInteger(v) ? 'double' : 'int';
}

/**
 * An undirected GraphML 1.0 document: one <key> per node attribute (a double where any value is not whole), each node with its attributes; a missing value is left out, as GraphML allows.
 * @example graphml(graph).startsWith('<?xml') // true
 */
export function graphml(g: UndirectedGraph): string {
  const keys = new Map<string, string>();
  g.forEachNode((_, attrs) => {
    for (const [k, v] of Object.entries(attrs))
      if (v !== undefined && v !== null) keys.set(k, typeOf(v, keys.get(k)));
  });
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...[...keys].map(
      ([k, t]) =>
        `  <key id="${escapeXml(k)}" for="node" attr.name="${escapeXml(k)}" attr.type="${t}"/>`,
    ),
    '  <graph edgedefault="undirected">',
  ];
  g.forEachNode((node, attrs) => {
    const data = Object.entries(attrs)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => `<data key="${escapeXml(k)}">${escapeXml(String(v))}</data>`)
      .join('');
    lines.push(`    <node id="${escapeXml(node)}">${data}</node>`);
  });
  g.forEachEdge((_, __, s, t) =>
    lines.push(`    <edge source="${escapeXml(s)}" target="${escapeXml(t)}"/>`),
  );
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/**
 * The graph in the format asked for.
 * @example graphText(graph, 'gexf').includes('<gexf') // true
 */
export function graphText(g: UndirectedGraph, format: GraphFormat): string {
  if (format === 'graphml') return graphml(g);
  if (format === 'gexf') return gexf.write(g);
  return `${JSON.stringify(g.export(), null, 2)}\n`;
}
