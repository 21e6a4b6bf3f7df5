/** The alliance network view: a year's ATOP network drawn and measured, as `casus network --year Y` answers it, with a year slider. */
import { useEffect, useState } from 'react';
import { ApiError, api, type NetworkAnswer } from '../../api/client.ts';
import { Note } from '../common/Note.tsx';
import { SelectField } from '../common/SelectField.tsx';
import { UrlNotices } from '../common/UrlNotices.tsx';
import { useUrlState } from '../common/use-url-state.ts';
import { NetworkGraph } from './NetworkGraph.tsx';
import { NetworkTable } from './NetworkTable.tsx';
import { networkCodec } from './network-url.ts';
import { NETWORK_REGIONS, NETWORK_TIES } from './words.ts';
import { YearSlider } from './YearSlider.tsx';
import './network.css';

/** The Louvain seed, as `casus network` takes by default: the same seed, the same communities. */
const SEED = 1;

/** The years the store covers before the first answer says: the COW system within ATOP 5.1. */
const EXPECTED_COVERAGE = { from: 1816, to: 2016 };

/** A refusal in words: the server's message, what it expected, and what to run. */
function refusal(e: unknown): string {
  if (!(e instanceof ApiError)) return (e as Error).message;
  const expected = e.issues.map((i) => i.expected).filter(Boolean);
  return [e.message, ...expected.map((x) => `expected ${x}`), e.hint].filter(Boolean).join('. ');
}

const fixed = (x: number) => x.toFixed(3);

function Summary({ answer }: { answer: NetworkAnswer }) {
  const s = answer.summary;
  const rows: [string, string][] = [
    ['States', String(s.nodes)],
    ['Ties', String(s.edges)],
    ['Density', fixed(s.density)],
    ['Communities', String(s.communities)],
    ['Modularity', fixed(s.modularity)],
    ['Without a tie', String(s.isolates)],
    ['Mean clustering', fixed(s.meanClustering)],
  ];
  return (
    <dl
      className="network-summary"
      data-testid="network-summary"
      data-year={answer.year}
      data-edges={s.edges}
    >
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd data-testid={`summary-${k.toLowerCase().replace(/ /g, '-')}`}>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function Provenance({ answer }: { answer: NetworkAnswer }) {
  return (
    <div className="network-provenance">
      <p data-testid="network-data">
        Data:{' '}
        {answer.data.map((d, i) => (
          <span key={d.file}>
            {i > 0 && ', '}
            {d.dataset} {d.version} ({d.file}, sha256{' '}
            <code title={d.sha256}>{d.sha256.slice(0, 12)}…</code>
            {d.pinned ? ', the pinned release' : ''})
          </span>
        ))}
        . Louvain seed {answer.seed}; {answer.cached ? 'kept from an earlier request' : 'read now'}{' '}
        from the research-data store.
      </p>
      {answer.notes.map((n) => (
        <p key={n} className="muted">
          Note: {n}
        </p>
      ))}
      <details>
        <summary>What the measures are</summary>
        <ul>
          {answer.definitions.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

export default function NetworkView() {
  const [state, setState, notices] = useUrlState('network', networkCodec);
  const { year, type, region } = state;
  const [answer, setAnswer] = useState<NetworkAnswer>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(true);
  useEffect(() => {
    // Only the latest request's answer is shown: a slider swept fast asks for many years.
    let live = true;
    setBusy(true);
    api.network({ year, type, region: region || undefined, seed: SEED }).then(
      (a) => {
        if (!live) return;
        setAnswer(a);
        setError(undefined);
        setBusy(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(refusal(e));
        setBusy(false);
      },
    );
    return () => {
      live = false;
    };
  }, [year, type, region]);
  const coverage = answer?.coverage ?? EXPECTED_COVERAGE;
  const shown = answer && !error ? answer : undefined;
  return (
    <section className="view view-network" aria-labelledby="network-title" aria-busy={busy}>
      <header className="view-header">
        <h2 id="network-title">Alliance network</h2>
        <Note>
          The states of the COW system in a year, joined wherever two share an ATOP 5.1 commitment
          of the chosen type, as <code>casus network --year Y</code> answers it: each state's number
          of allies (degree), how often it lies on the shortest path between two others
          (betweenness), its eigenvector centrality, how allied its allies are to each other
          (clustering), and its Louvain community. Move the year with the slider or its arrow keys;
          the link keeps the year, the type and the region.
        </Note>
        <div className="filters">
          <YearSlider
            year={year}
            from={coverage.from}
            to={coverage.to}
            onChange={(y) => setState({ ...state, year: y })}
          />
          <SelectField
            label="Ties"
            value={type}
            choices={NETWORK_TIES}
            onChange={(t) => setState({ ...state, type: t })}
            testId="network-type"
          />
          <SelectField
            label="Region"
            value={region}
            choices={NETWORK_REGIONS}
            blank="Every region"
            onChange={(r) => setState({ ...state, region: r })}
            testId="network-region"
          />
        </div>
      </header>
      <UrlNotices notices={notices} />
      {error && (
        <p className="error" role="alert" data-testid="network-unavailable">
          The network of {year} could not be shown: {error}
        </p>
      )}
      {!answer && !error && <p className="loading">Reading the network of {year}…</p>}
      {shown && (
        <>
          <h3>
            {shown.year}: {shown.tieWords}, {shown.region}
          </h3>
          <Summary answer={shown} />
          {shown.summary.edges === 0 ? (
            <p data-testid="network-empty">
              No two of the {shown.summary.nodes} states share {shown.tieWords} in {shown.year}:
              there is no network to draw, and every state stands alone.
            </p>
          ) : (
            <figure className="network-figure">
              <NetworkGraph answer={shown} />
              <figcaption className="muted">
                Circles sized by degree, coloured by Louvain community (seed {shown.seed}); laid out
                by ForceAtlas2 (LinLog mode) from a circle ordered by community, the same on every
                visit.
              </figcaption>
            </figure>
          )}
          <Provenance answer={shown} />
          {shown.summary.edges > 0 && <NetworkTable answer={shown} />}
        </>
      )}
    </section>
  );
}
