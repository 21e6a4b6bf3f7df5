/** One place's facts, with a shortcut to build a scenario there. */
import { useWorkbench } from '../common/catalog-context.tsx';
import { codeTitle, labelOf } from '../common/labels.ts';

export function PlaceDetails({ id }: { id: string }) {
  const { catalog, name } = useWorkbench();
  const place = catalog.places.find((p) => p.id === id);
  const areas = new Map(catalog.areas.map((a) => [a.id, a.name]));
  if (!place) return null;
  return (
    <div className="place-details" data-testid="place-details" aria-live="polite">
      <h3>{place.name}</h3>
      <dl>
        <dt>Administered by</dt>
        <dd>{place.administeredBy ? name(place.administeredBy) : 'no state'}</dd>
        {place.claimants.length > 0 && (
          <>
            <dt>Also claimed by</dt>
            <dd>{place.claimants.map(name).join(', ')}</dd>
          </>
        )}
        <dt>Tags</dt>
        <dd>
          {place.tags.length === 0
            ? '—'
            : place.tags.map((t, i) => (
                <span key={t} title={codeTitle(t)}>
                  {i > 0 && ', '}
                  {labelOf(t, areas)}
                </span>
              ))}
        </dd>
      </dl>
      <a className="button" href={`#/scenario?target=${encodeURIComponent(place.id)}`}>
        Build a scenario here
      </a>
    </div>
  );
}
