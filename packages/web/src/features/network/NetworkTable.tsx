/** The year's allied states by degree with every measure, and the members with no tie: the graph as a table. */
import type { NetworkYearAnswer } from '@casus/core/network-answer';
import { communityColour } from './NetworkGraph.tsx';

const fixed = (x: number | null) => (x === null ? '—' : x.toFixed(3));

export function NetworkTable({ answer }: { answer: NetworkYearAnswer }) {
  const allied = answer.nodes
    .filter((n) => n.degree > 0)
    .sort((p, q) => q.degree - p.degree || q.betweenness - p.betweenness || p.ccode - q.ccode);
  const alone = answer.nodes.filter((n) => n.degree === 0).map((n) => n.iso3);
  return (
    <>
      <table className="network-table" data-testid="network-table">
        <caption>
          States with a tie in {answer.year} ({allied.length} of {answer.summary.nodes}), by degree
        </caption>
        <thead>
          <tr>
            <th scope="col">State</th>
            <th scope="col">Degree</th>
            <th scope="col">Betweenness</th>
            <th scope="col">Eigenvector</th>
            <th scope="col">Clustering</th>
            <th scope="col">Community</th>
          </tr>
        </thead>
        <tbody>
          {allied.map((n) => (
            <tr key={n.ccode} data-testid={`network-row-${n.iso3}`}>
              <th scope="row">
                <abbr title={n.name}>{n.iso3}</abbr> <span className="muted">{n.name}</span>
              </th>
              <td data-testid="degree">{n.degree}</td>
              <td>{fixed(n.betweenness)}</td>
              <td>{fixed(n.eigenvector)}</td>
              <td>{fixed(n.clustering)}</td>
              <td data-testid="community">
                <span
                  className="swatch"
                  aria-hidden="true"
                  style={{ background: communityColour(n.community) }}
                />{' '}
                {n.community}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {alone.length > 0 && (
        <p className="muted" data-testid="network-isolates">
          With no tie of the type ({alone.length}): {alone.join(', ')}.
        </p>
      )}
    </>
  );
}
