/** The SOFA view: Status of Forces Agreements compared topic by topic, and an incident answered rule by rule (core, in the engine worker). */
import { lazy, Suspense, useEffect, useState } from 'react';
import { engine } from '../../engine/client.ts';
import type { SofaCatalog } from '../../engine/sofa.ts';
import { hashOf } from '../common/hash-route.ts';
import { Note } from '../common/Note.tsx';
import { UrlNotices } from '../common/UrlNotices.tsx';
import { useUrlState } from '../common/use-url-state.ts';
import { IncidentPanel } from './IncidentPanel.tsx';
import { SofaMatrixPanel } from './SofaMatrix.tsx';
import { sofaCodec } from './sofa-url.ts';

// Its YAML export pulls in a YAML library: loaded only when the designer is opened.
const SofaDesigner = lazy(() => import('./SofaDesigner.tsx'));

const TABS = [
  ['', 'Compare and ask'],
  ['design', 'Design a revision'],
] as const;

/** The Okinawa survey's order (Japan, Germany, Korea, the Philippines, Australia); others after, by name. */
const FIRST = [
  'us-japan-sofa-1960',
  'germany-sa-1959',
  'us-rok-sofa-1966',
  'us-philippines-vfa-1998',
  'us-australia-fpa-2014',
];
const rank = (id: string) => (FIRST.includes(id) ? FIRST.indexOf(id) : FIRST.length);

/**
 * The SOFAs in the order the view lists them.
 * @example ordered(catalog).sofas[0].id // 'us-japan-sofa-1960'
 */
export const ordered = (c: SofaCatalog): SofaCatalog => ({
  ...c,
  sofas: [...c.sofas].sort(
    (a, b) =>
      Number(a.proposal) - Number(b.proposal) ||
      rank(a.id) - rank(b.id) ||
      a.shortName.localeCompare(b.shortName),
  ),
});

export default function SofaView() {
  const [state, setState, notices] = useUrlState('sofa', sofaCodec);
  const { tab } = state;
  const [catalog, setCatalog] = useState<{ value?: SofaCatalog; error?: string }>({});
  useEffect(() => {
    engine.call('sofas', {}).then(
      (value) => setCatalog({ value: ordered(value) }),
      (e: Error) => setCatalog({ error: e.message }),
    );
  }, []);
  return (
    <section className="view view-sofa" aria-labelledby="sofa-title">
      <header className="view-header">
        <h2 id="sofa-title">Status of Forces Agreements</h2>
        <Note>
          Who tries a member of a visiting force, who holds him before indictment, whether the
          host's law applies and whether its authorities may enter the facilities, by the articles
          of each SOFA in library/sofas. Each cell of the matrix is coloured by who holds the right
          and names the article behind it; choose a cell for the article's text. Below, an incident
          is answered as <code>casus sofa incident</code> answers it: each step with its article,
          the status of its text and a trace of every condition, then the rules that did not apply.
          “Design a revision” composes a revised SOFA rule by rule, checked as{' '}
          <code>casus validate</code> checks it, with what it changes against its base.
        </Note>
        <nav aria-label="SOFA view sections" className="subtabs">
          {TABS.map(([t, label]) => (
            <a
              key={t}
              href={hashOf('sofa', sofaCodec.encode({ ...state, tab: t }).toString())}
              aria-current={tab === t ? 'page' : undefined}
              data-testid={`sofa-tab-${t || 'compare'}`}
            >
              {label}
            </a>
          ))}
        </nav>
      </header>
      {catalog.error && (
        <p className="error" role="alert">
          The SOFAs did not load: {catalog.error}
        </p>
      )}
      <UrlNotices notices={notices} />
      {catalog.value && tab === '' && (
        <>
          <SofaMatrixPanel
            catalog={catalog.value}
            columns={state.columns}
            date={state.date}
            onChange={(m) => setState({ ...state, ...m })}
          />
          <IncidentPanel
            catalog={catalog.value}
            incident={state.incident}
            onChange={(incident) => setState({ ...state, incident })}
          />
        </>
      )}
      {catalog.value && tab === 'design' && (
        <Suspense fallback={<p className="loading">Loading the designer…</p>}>
          <SofaDesigner catalog={catalog.value} />
        </Suspense>
      )}
    </section>
  );
}
