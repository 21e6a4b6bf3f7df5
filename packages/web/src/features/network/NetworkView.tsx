/** The alliance network view: a year's ATOP network drawn and measured, as `casus network --year Y` answers it, with a year slider, the Louvain seed and the 2016 system carried to 2018 on request. */

import type { NetworkYearAnswer } from '@casus/core/network-answer';
import { useEffect, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { Note } from '../common/Note.tsx';
import { SelectField } from '../common/SelectField.tsx';
import { UrlNotices } from '../common/UrlNotices.tsx';
import { useUrlState } from '../common/use-url-state.ts';
import { NetworkGraph } from './NetworkGraph.tsx';
import { NetworkTable } from './NetworkTable.tsx';
import { networkCodec } from './network-url.ts';
import { SeedField } from './SeedField.tsx';
import { NETWORK_REGIONS, NETWORK_TIES, SYSTEM_CARRY } from './words.ts';
import { YearSlider } from './YearSlider.tsx';
import './network.css';

/** The years the store covers before an answer says: the COW system within ATOP 5.1, carried or not. */
const expectedCoverage = (carry: boolean) => ({
  from: 1816,
  to: carry ? SYSTEM_CARRY.to : SYSTEM_CARRY.from,
});

const CARRY_LABEL = `Carry the ${SYSTEM_CARRY.from} state system through ${SYSTEM_CARRY.to} (an assumption)`;

/** A refusal in words: the server's message, what it expected, and what to run. */
function refusal(e: unknown): string {
  if (!(e instanceof ApiError)) return (e as Error).message;
  const expected = e.issues.map((i) => i.expected).filter(Boolean);
  return [e.message, ...expected.map((x) => `expected ${x}`), e.hint].filter(Boolean).join('. ');
}

const fixed = (x: number) => x.toFixed(3);

function Summary({ answer }: { answer: NetworkYearAnswer }) {
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

function Provenance({ answer }: { answer: NetworkYearAnswer }) {
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
  const { year, type, region, seed, carry } = state;
  const carryTo = carry ? SYSTEM_CARRY.to : undefined;
  const [answer, setAnswer] = useState<NetworkYearAnswer>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(true);
  useEffect(() => {
    // Only the latest request's answer is shown: a slider swept fast asks for many years.
    let live = true;
    setBusy(true);
    api.network({ year, type, region: region || undefined, seed, carryTo }).then(
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
  }, [year, type, region, seed, carryTo]);
  // The answer's own years once it is for the carry now asked; until then, the years expected.
  const coverage =
    answer && answer.carryTo === (carryTo ?? null) ? answer.coverage : expectedCoverage(carry);
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
          (clustering), and its Louvain community (the same seed, the same communities). Move the
          year with the slider or its arrow keys. The COW state system ends in 2016 and ATOP 5.1 in
          2018: to see 2017–2018, carry the system's last members forward, as{' '}
          <code>--carry-system-to</code> and peacesciencer's <code>mry = TRUE</code> do; the answer
          then states that assumption. The link keeps the year, the type, the region, the seed and
          the carry.
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
          <SeedField seed={seed} onChange={(s) => setState({ ...state, seed: s })} />
          <label className="inline">
            <input
              type="checkbox"
              checked={carry}
              onChange={(e) =>
                setState({
                  ...state,
                  carry: e.target.checked,
                  // Without the carry, the last year is the system's own.
                  year: e.target.checked ? year : Math.min(year, SYSTEM_CARRY.from),
                })
              }
              data-testid="network-carry"
            />
            {CARRY_LABEL}
          </label>
        </div>
      </header>
      <UrlNotices notices={notices} />
      {error && (
        <p className="error" role="alert" data-testid="network-unavailable">
          The network of {year} could not be shown: {error}
          {!carry && year > SYSTEM_CARRY.from && year <= SYSTEM_CARRY.to && (
            <> Tick “{CARRY_LABEL}” to see it.</>
          )}
        </p>
      )}
      {!answer && !error && <p className="loading">Reading the network of {year}…</p>}
      {shown && (
        <>
          <h3>
            {shown.year}: {shown.tieWords}, {shown.region}
          </h3>
          {shown.assumptions.map((a) => (
            <p key={a} className="network-assumption" data-testid="network-assumption">
              <strong>Assumption:</strong> {a}
            </p>
          ))}
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
