/** Foreign military bases as small triangles, styled by use, each naming its host, users and grant in a tooltip. */
import type { Base, BaseUse } from '@casus/core';

/** The uses in legend order, with the words the key and the tooltip print. */
export const BASE_USES: readonly [BaseUse, string][] = [
  ['exclusive', 'exclusive use'],
  ['joint', 'joint use'],
  ['rotational', 'rotational presence'],
  ['access', 'access only'],
];
const useWords = new Map(BASE_USES);

/** A triangle path centred on the origin; the legend draws the same one. */
export const BASE_TRIANGLE = 'M0,-4.5L4,3L-4,3Z';

/**
 * The tooltip text of a base, with state names where the catalogue has them.
 * @example describeBase(kadena, name) // "Kadena Air Base: host Japan (JPN), used by United States (USA); exclusive use; …"
 */
export function describeBase(b: Base, name: (iso3: string) => string = (s) => s): string {
  const state = (s: string) => (name(s) === s ? s : `${name(s)} (${s})`);
  const grant = b.grants
    .map((g) => ('agreement' in g ? `${g.agreement} ${g.article}` : g.instrument))
    .join('; ');
  return [
    `${b.name}: host ${state(b.host)}, used by ${b.users.map(state).join(', ')}`,
    `${useWords.get(b.use)}${b.status === 'proposal' ? ' (proposal)' : ''}`,
    grant && `under ${grant}`,
  ]
    .filter(Boolean)
    .join('; ');
}

export function BaseMarkers(props: {
  bases: readonly Base[];
  project: (lonLat: [number, number]) => [number, number] | null;
  name?: ((iso3: string) => string) | undefined;
  /** Bases drawn ringed, e.g. those that brought a host into a cascade's war. */
  highlight?: ReadonlySet<string> | undefined;
}) {
  return (
    <g className="bases" data-testid="base-markers">
      {props.bases.map((b) => {
        const at = props.project(b.coordinates);
        if (!at) return null;
        const ringed = props.highlight?.has(b.id);
        return (
          <g
            key={b.id}
            className={`base base-${b.use}${b.status === 'proposal' ? ' base-proposal' : ''}${ringed ? ' base-linked' : ''}`}
            transform={`translate(${at[0].toFixed(1)},${at[1].toFixed(1)})`}
            data-testid={`base-${b.id}`}
          >
            <title>
              {describeBase(b, props.name)}
              {ringed ? '; brought its host into the war' : ''}
            </title>
            {ringed && <circle className="base-ring" r={8} />}
            <path className="base-marker" d={BASE_TRIANGLE} />
          </g>
        );
      })}
    </g>
  );
}
