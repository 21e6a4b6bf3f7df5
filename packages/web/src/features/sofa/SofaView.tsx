/** The SOFA view: Status of Forces Agreements compared topic by topic, and an incident answered rule by rule (core, in the engine worker). */
import { useEffect, useState } from 'react';
import { engine } from '../../engine/client.ts';
import type { SofaCatalog } from '../../engine/sofa.ts';
import { Note } from '../common/Note.tsx';
import { IncidentPanel } from './IncidentPanel.tsx';
import { SofaMatrixPanel } from './SofaMatrix.tsx';

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
        </Note>
      </header>
      {catalog.error && (
        <p className="error" role="alert">
          The SOFAs did not load: {catalog.error}
        </p>
      )}
      {catalog.value && (
        <>
          <SofaMatrixPanel catalog={catalog.value} />
          <IncidentPanel catalog={catalog.value} />
        </>
      )}
    </section>
  );
}
