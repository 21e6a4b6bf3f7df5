/** The map view: states, places and agreements as links, filtered by date and architecture. */
import { useWorkbench } from '../common/catalog-context.tsx';
import { Note } from '../common/Note.tsx';
import { ArchitectureField, DateField } from '../common/SetupFields.tsx';
import { UrlNotices } from '../common/UrlNotices.tsx';
import { useUrlState } from '../common/use-url-state.ts';
import { Legend } from './Legend.tsx';
import { mapCodec } from './map-url.ts';
import { PlaceDetails } from './PlaceDetails.tsx';
import { PlaceList } from './PlaceList.tsx';
import { useBases } from './use-bases.ts';
import { useLinks } from './use-links.ts';
import { WorldMap } from './WorldMap.tsx';

export function MapView() {
  const { places, name } = useWorkbench();
  const [state, setState, notices] = useUrlState('map', mapCodec);
  const { architecture, date, place: selected } = state;
  const setDate = (d: string) => setState({ ...state, date: d });
  const setArchitecture = (a: string) => setState({ ...state, architecture: a });
  // Choosing a place is a step: Back returns to the one before.
  const setSelected = (place: string) => setState({ ...state, place }, 'push');
  const { agreements, links } = useLinks(architecture, date);
  const bases = useBases(architecture, date);
  return (
    <section className="view view-map" aria-labelledby="map-title">
      <header className="view-header">
        <h2 id="map-title">Map of the Indo-Pacific</h2>
        <Note>
          Each line joins two capitals bound by an agreement in force on the date, coloured by the
          strongest commitment between them (defence over consultation over basing access); an arrow
          means the duty runs one way only. Triangles are foreign military bases existing on the
          date (with the proposals the architecture adds), styled by use; hover one for its host,
          users and grant. Round and square markers are the gazetteer's places: choose one to see
          who administers and who claims it.
        </Note>
        <div className="filters">
          <DateField value={date} onChange={setDate} testId="map-date" />
          <ArchitectureField
            value={architecture}
            onChange={setArchitecture}
            testId="map-architecture"
          />
          <Legend bases />
        </div>
      </header>
      <UrlNotices notices={notices} />
      <div className="map-layout">
        <WorldMap
          title="Map of the Indo-Pacific: places and agreements"
          places={places}
          links={links}
          bases={bases}
          name={name}
          selected={selected}
          onSelect={setSelected}
        />
        <div className="side-panel">
          {selected && <PlaceDetails id={selected} />}
          <PlaceList places={places} selected={selected} onSelect={setSelected} name={name} />
        </div>
      </div>
      <section aria-labelledby="in-force-title" className="in-force">
        <h3 id="in-force-title">
          In force on {date} ({agreements.length})
        </h3>
        <ul className="agreement-chips" data-testid="agreements-in-force">
          {agreements.map((a) => (
            <li key={a.id} title={a.summary}>
              {a.shortName} <small>{a.members.map(name).join(', ')}</small>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
