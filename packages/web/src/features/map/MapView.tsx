/** The map view: states, places and agreements as links, filtered by date and architecture. */
import { useState } from 'react';
import { useWorkbench } from '../common/catalog-context.tsx';
import { defaultArchitecture, today } from '../common/defaults.ts';
import { Note } from '../common/Note.tsx';
import { ArchitectureField, DateField } from '../common/SetupFields.tsx';
import { Legend } from './Legend.tsx';
import { PlaceDetails } from './PlaceDetails.tsx';
import { PlaceList } from './PlaceList.tsx';
import { useBases } from './use-bases.ts';
import { useLinks } from './use-links.ts';
import { WorldMap } from './WorldMap.tsx';

export function MapView() {
  const { catalog, places, name } = useWorkbench();
  const [architecture, setArchitecture] = useState(() => defaultArchitecture(catalog));
  const [date, setDate] = useState(today);
  const [selected, setSelected] = useState<string>();
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
