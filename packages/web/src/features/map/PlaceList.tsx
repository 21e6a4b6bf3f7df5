/** The same choices as the map's markers, as a filterable list of buttons. */
import { useMemo, useState } from 'react';
import type { PlaceFeature } from '../../api/client.ts';

export function PlaceList(props: {
  places: readonly PlaceFeature[];
  selected?: string | undefined;
  onSelect: (id: string) => void;
  name: (state: string) => string;
}) {
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return [...props.places]
      .filter((p) => !q || `${p.properties.name} ${p.properties.id}`.toLowerCase().includes(q))
      .sort((a, b) => a.properties.name.localeCompare(b.properties.name));
  }, [props.places, filter]);
  return (
    <div className="place-list">
      <label>
        Find a place
        <input
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder="e.g. Senkaku"
        />
      </label>
      <ul aria-label="Places">
        {shown.map((p) => (
          <li key={p.properties.id}>
            <button
              type="button"
              aria-pressed={p.properties.id === props.selected}
              onClick={() => props.onSelect(p.properties.id)}
              data-testid={`place-item-${p.properties.id}`}
            >
              {p.properties.name}
              <small>
                {p.properties.administeredBy
                  ? props.name(p.properties.administeredBy)
                  : 'no administrator'}
              </small>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
