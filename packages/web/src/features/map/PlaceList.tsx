/** The same choices as the map's markers, as a list of buttons filtered by name, id or any of the gazetteer's other names. */
import { useMemo, useState } from 'react';
import type { PlaceFeature } from '../../api/client.ts';
import { useWorkbench } from '../common/catalog-context.tsx';

/**
 * The name a place matches a query by: its own name or id (undefined), one of its other names,
 * or false when none matches.
 * @example matchOf('diaoyu', 'Senkaku Islands', 'JPN.senkaku', ['Diaoyu Islands']) // 'Diaoyu Islands'
 */
export function matchOf(
  q: string,
  name: string,
  id: string,
  altNames: readonly string[],
): string | undefined | false {
  if (!q || `${name} ${id}`.toLowerCase().includes(q)) return undefined;
  return altNames.find((n) => n.toLowerCase().includes(q)) ?? false;
}

export function PlaceList(props: {
  places: readonly PlaceFeature[];
  selected?: string | undefined;
  onSelect: (id: string) => void;
  name: (state: string) => string;
}) {
  const { catalog } = useWorkbench();
  const [filter, setFilter] = useState('');
  const q = filter.trim().toLowerCase();
  const shown = useMemo(() => {
    const alt = new Map(catalog.places.map((p) => [p.id, p.altNames]));
    return [...props.places]
      .map((p) => ({
        p,
        by: matchOf(q, p.properties.name, p.properties.id, alt.get(p.properties.id) ?? []),
      }))
      .filter((x) => x.by !== false)
      .sort((a, b) => a.p.properties.name.localeCompare(b.p.properties.name));
  }, [props.places, catalog.places, q]);
  return (
    <div className="place-list">
      <label>
        Find a place
        <input
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder="e.g. Senkaku, Diaoyu, Ayungin"
          aria-describedby="place-search-count"
        />
      </label>
      <p id="place-search-count" className="muted" aria-live="polite">
        {shown.length === 0 ? (
          <span data-testid="place-search-empty">
            No place matches “{filter.trim()}”. Try another name or spelling (the gazetteer knows
            other names, e.g. Diaoyu, Takeshima, Ayungin).
          </span>
        ) : (
          q && `${shown.length} ${shown.length === 1 ? 'place matches' : 'places match'}`
        )}
      </p>
      <ul aria-label="Places">
        {shown.map(({ p, by }) => (
          <li key={p.properties.id}>
            <button
              type="button"
              aria-pressed={p.properties.id === props.selected}
              onClick={() => props.onSelect(p.properties.id)}
              data-testid={`place-item-${p.properties.id}`}
            >
              {p.properties.name}
              {by && <span className="alt-name"> (also {by})</span>}
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
