/** The year's alliance network drawn as SVG: a circle per allied state, sized by degree and coloured by community, labelled by ISO3. */

import type { NetworkYearAnswer } from '@casus/core/network-answer';
import { useMemo } from 'react';
import { layoutNetwork } from './layout.ts';

const WIDTH = 760;
const HEIGHT = 560;
const MARGIN = 28;

/** Okabe & Ito's colour-blind-safe palette; communities past it are grey. */
const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#d55e00', '#cc79a7', '#56b4e9', '#f0e442'];
export const communityColour = (c: number | undefined): string =>
  c === undefined ? '#ffffff' : (PALETTE[c] ?? '#8a939c');

/** A circle's radius: its area grows with the state's degree. */
const radius = (degree: number) => 3 + 1.6 * Math.sqrt(degree);

/** The pair as a test id: ISO3 codes in alphabetical order. */
const pairId = (a: string, b: string) => [a, b].sort().join('-');

export function NetworkGraph({ answer }: { answer: NetworkYearAnswer }) {
  const { nodes, ties, summary } = answer;
  const at = useMemo(() => layoutNetwork(nodes, ties), [nodes, ties]);
  const byCcode = useMemo(() => new Map(nodes.map((n) => [n.ccode, n])), [nodes]);
  const px = (p: { x: number; y: number }) => ({
    x: MARGIN + p.x * (WIDTH - 2 * MARGIN),
    y: MARGIN + p.y * (HEIGHT - 2 * MARGIN),
  });
  const drawn = nodes.filter((n) => at.has(n.ccode));
  return (
    <svg
      className="network-graph"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby="network-graph-title network-graph-desc"
      data-testid="network-graph"
    >
      <title id="network-graph-title">
        The alliance network of {answer.year}: {answer.tieWords}, {answer.region}
      </title>
      <desc id="network-graph-desc">
        {drawn.length} states with a tie and {summary.edges} ties among them, in{' '}
        {summary.communities} communities; each circle is a state, sized by its number of allies and
        coloured by its community. The table below lists the same states and measures.
      </desc>
      <g className="network-ties">
        {ties.map(([a, b]) => {
          const [p, q] = [at.get(a), at.get(b)];
          if (!p || !q) return null;
          const [s, t] = [px(p), px(q)];
          const id = pairId(byCcode.get(a)?.iso3 ?? String(a), byCcode.get(b)?.iso3 ?? String(b));
          return <line key={id} x1={s.x} y1={s.y} x2={t.x} y2={t.y} data-testid={`tie-${id}`} />;
        })}
      </g>
      <g className="network-nodes">
        {drawn.map((n) => {
          const p = px(at.get(n.ccode)!);
          const r = radius(n.degree);
          return (
            <g key={n.ccode} data-testid={`node-${n.iso3}`} data-degree={n.degree}>
              <circle cx={p.x} cy={p.y} r={r} fill={communityColour(n.community)}>
                <title>
                  {n.name}: {n.degree} allies, community {n.community}
                </title>
              </circle>
              <text x={p.x + r + 1.5} y={p.y + 3.5}>
                {n.iso3}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
