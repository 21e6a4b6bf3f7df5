/** The Indo-Pacific map: countries, agreement links, bases, and gazetteer places as keyboard-usable buttons. */
import type { Base } from '@casus/core';
import { geoGraticule10, geoPath } from 'd3-geo';
import { type KeyboardEvent, memo, useMemo, useRef, useState } from 'react';
import type { PlaceFeature } from '../../api/client.ts';
import { BaseMarkers } from './BaseMarkers.tsx';
import { countryAnchors } from './country-labels.ts';
import { dodge } from './dodge.ts';
import { arcPath, type MapLink } from './links.ts';
import { type CountryLabel, layoutLabels, PLACE_SLOTS } from './map-labels.ts';
import { type MarkerShape, type PlacePoint, projectPlaces } from './place-points.ts';
import { fitIndoPacific } from './projection.ts';
import { rewind } from './rewind.ts';
import { ATLAS_STATE, CAPITALS } from './state-geo.ts';
import { type CountryFeature, useAtlas } from './use-atlas.ts';
import { useMapZoom } from './use-map-zoom.ts';
import { ZoomControls } from './ZoomControls.tsx';
import { type View, viewOf, ZOOM_PRESETS } from './zoom-presets.ts';

export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = 620;
const projection = fitIndoPacific(MAP_WIDTH, MAP_HEIGHT);
const path = geoPath(projection);
const graticule = path(geoGraticule10()) ?? '';
const sphere = path({ type: 'Sphere' }) ?? '';
const presetViews: ReadonlyMap<string, View> = new Map(
  ZOOM_PRESETS.map((p) => [p.id, viewOf(projection, p.frame, MAP_WIDTH, MAP_HEIGHT)]),
);

/** Longitude and latitude to the screen under the zoom's view. */
const onScreen =
  (v: View) =>
  (lonLat: readonly [number, number]): [number, number] | null => {
    const p = projection(lonLat as [number, number]);
    return p && [p[0] * v.k + v.x, p[1] * v.k + v.y];
  };

export interface WorldMapProps {
  title: string;
  places: readonly PlaceFeature[];
  links?: readonly MapLink[] | undefined;
  /** State id → CSS class for its fill, e.g. 'fill-attacker'. */
  fills?: Readonly<Record<string, string>> | undefined;
  selected?: string | undefined;
  onSelect?: ((placeId: string) => void) | undefined;
  dimLinks?: boolean | undefined;
  /** Military bases to draw as markers by use, with `name` for the states in their tooltips. */
  bases?: readonly Base[] | undefined;
  /** Ids of bases to ring: in a cascade, those that brought their host in. */
  highlightBases?: ReadonlySet<string> | undefined;
  name?: ((iso3: string) => string) | undefined;
}

/** Each country's outline, projected once: the frame never changes, so neither does the path. */
const outlines = new WeakMap<CountryFeature, string | null>();
function outline(c: CountryFeature): string | null {
  const known = outlines.get(c);
  if (known !== undefined) return known;
  const d = path(c);
  outlines.set(c, d);
  return d;
}

const Country = memo(function Country(props: { country: CountryFeature; attacked: boolean }) {
  const d = outline(props.country);
  const state = ATLAS_STATE[String(props.country.id)];
  return d ? (
    <path d={d} data-state={state} className={props.attacked ? 'attacked' : undefined} />
  ) : null;
});

/**
 * One component per country, so that drawing the atlas (a transition: see useAtlas) yields
 * between countries to an answer arriving meanwhile.
 */
const Countries = memo(function Countries(props: {
  countries: CountryFeature[];
  /** The state that administers the attacked or selected place, shaded. */
  attacked?: string | undefined;
}) {
  return (
    <g className="countries">
      {props.countries.map((c, i) => (
        <Country
          // biome-ignore lint/suspicious/noArrayIndexKey: world-atlas repeats some ids (Australia's 036); the atlas never reorders
          key={`${c.id ?? ''}-${i}`}
          country={c}
          attacked={!!props.attacked && ATLAS_STATE[String(c.id)] === props.attacked}
        />
      ))}
    </g>
  );
});

function Marker({ shape }: { shape: MarkerShape }) {
  if (shape === 'disputed') return <path className="marker" d="M0,-6.5L6.5,0L0,6.5L-6.5,0Z" />;
  if (shape === 'homeland')
    return <rect className="marker" x={-3.5} y={-3.5} width={7} height={7} />;
  if (shape === 'sea') return <circle className="marker marker-sea" r={4.5} />;
  return <circle className="marker" r={4.5} />;
}

function describePlace(p: PlacePoint): string {
  const { administeredBy, claimants } = p.feature.properties;
  const parts = [p.name];
  if (administeredBy) parts.push(`administered by ${administeredBy}`);
  if (claimants.length) parts.push(`claimed by ${claimants.join(', ')}`);
  return parts.join('; ');
}

function Links({
  links,
  dim,
  at,
}: {
  links: readonly MapLink[];
  dim: boolean;
  at: (lonLat: readonly [number, number]) => [number, number] | null;
}) {
  return (
    <g className={dim ? 'links links-dim' : 'links'}>
      {links.map((l) => {
        const from = l.oneWay?.from ?? l.a;
        const to = l.oneWay?.to ?? l.b;
        const p = CAPITALS[from] && at(CAPITALS[from]);
        const q = CAPITALS[to] && at(CAPITALS[to]);
        // A link with an end, or both, off the map is still drawn: the SVG's edge clips it.
        if (!p || !q) return null;
        return (
          <path
            key={l.id}
            className={`link link-${l.type}`}
            d={arcPath(p, q)}
            markerEnd={l.oneWay ? `url(#arrow-${l.type})` : undefined}
            data-testid={`link-${l.id}`}
            data-agreements={l.agreements.join('; ')}
          >
            <title>{`${from}–${to}: ${l.type}${l.oneWay ? ` (${from} to ${to} only)` : ''} — ${l.agreements.join('; ')}`}</title>
          </path>
        );
      })}
    </g>
  );
}

/** A place on the screen: where it is drawn (pushed clear of its neighbours) and where it really is. */
type ScreenPlace = PlacePoint & { trueX: number; trueY: number };

function Places(props: {
  points: ScreenPlace[];
  /** Place id → the slot its label takes (PLACE_SLOTS); unlabelled places are not in it. */
  labelled: ReadonlyMap<string, number>;
  selected?: string | undefined;
  onSelect?: ((id: string) => void) | undefined;
  onActive: (id: string | undefined) => void;
}) {
  const { onActive } = props;
  const onKey = (id: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      props.onSelect?.(id);
    }
  };
  return (
    <g className="places">
      {props.points.map((p) => {
        const isSelected = p.id === props.selected;
        const slot = PLACE_SLOTS[props.labelled.get(p.id) ?? -1];
        const [lx, ly] = [p.trueX - p.x, p.trueY - p.y];
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it takes the role instead
          <g
            key={p.id}
            className={`place place-${p.shape}${isSelected ? ' selected' : ''}`}
            transform={`translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`}
            role="button"
            tabIndex={props.onSelect ? 0 : -1}
            aria-label={describePlace(p)}
            aria-pressed={props.onSelect ? isSelected : undefined}
            data-testid={`place-${p.id}`}
            onClick={() => props.onSelect?.(p.id)}
            onKeyDown={onKey(p.id)}
            onMouseEnter={() => onActive(p.id)}
            onMouseLeave={() => onActive(undefined)}
            onFocus={() => onActive(p.id)}
            onBlur={() => onActive(undefined)}
          >
            <title>{describePlace(p)}</title>
            {/* Pushed clear of a neighbour: a leader back to where the place is. */}
            {Math.hypot(lx, ly) > 1.5 && (
              <>
                <line className="leader" x1={0} y1={0} x2={lx.toFixed(1)} y2={ly.toFixed(1)} />
                <circle className="leader-end" cx={lx.toFixed(1)} cy={ly.toFixed(1)} r={1.6} />
              </>
            )}
            {isSelected && <circle className="halo" r={11} />}
            <circle className="hit" r={9} />
            <Marker shape={p.shape} />
            {slot && (
              <text
                className={p.shape === 'sea' ? 'place-label sea-label' : 'place-label'}
                x={slot.dx}
                y={slot.dy}
                textAnchor={slot.anchor}
              >
                {p.name}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

function CountryLabels({ labels }: { labels: readonly CountryLabel[] }) {
  return (
    <g className="country-labels">
      {labels.map((l) => (
        <text key={l.name} className="country-label" x={l.x.toFixed(1)} y={l.y.toFixed(1)}>
          {l.name}
        </text>
      ))}
    </g>
  );
}

/** Markers nearer than this on the screen are pushed apart. */
const MARKER_GAP = 15;
const BOUNDS = { x0: 0, y0: 0, x1: MAP_WIDTH, y1: MAP_HEIGHT };

function Arrows() {
  return (
    <defs>
      {(['defense', 'consultation', 'access'] as const).map((t) => (
        <marker
          key={t}
          id={`arrow-${t}`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="6"
          markerHeight="6"
          orient="auto-start-reverse"
        >
          <path d="M0,0L10,5L0,10z" className={`arrowhead arrow-${t}`} />
        </marker>
      ))}
    </defs>
  );
}

/** The map itself; all interaction goes through `onSelect`, so a list beside it can offer the same. */
export function WorldMap(props: WorldMapProps) {
  const { countries, error } = useAtlas();
  const svg = useRef<SVGSVGElement>(null);
  const zoom = useMapZoom(svg);
  const { view } = zoom;
  const at = useMemo(() => onScreen(view), [view]);
  const basePoints = useMemo(
    () => projectPlaces(props.places, projection, MAP_WIDTH, MAP_HEIGHT),
    [props.places],
  );
  // Pushed apart at this scale only (a pan moves all alike), so panning never reshuffles them.
  const spread = useMemo(
    () =>
      dodge(
        basePoints.map((p) => ({ x: p.x * view.k, y: p.y * view.k })),
        MARKER_GAP,
      ),
    [basePoints, view.k],
  );
  const points = useMemo(
    () =>
      basePoints.map((p, i) => ({
        ...p,
        x: spread[i]!.x + view.x,
        y: spread[i]!.y + view.y,
        trueX: p.x * view.k + view.x,
        trueY: p.y * view.k + view.y,
      })),
    [basePoints, spread, view],
  );
  const [active, setActive] = useState<string>();
  const anchors = useMemo(() => (countries ? countryAnchors(countries, path) : []), [countries]);
  const labels = useMemo(
    () => layoutLabels(points, anchors, view, BOUNDS, [props.selected, active]),
    [points, anchors, view, props.selected, active],
  );
  const fillCss = Object.entries(props.fills ?? {})
    .map(([state, cls]) => `.countries path[data-state="${state}"]{${cssFor(cls)}}`)
    .join('\n');
  const selectedFeature = props.places.find((p) => p.properties.id === props.selected);
  const selectedPath =
    selectedFeature && selectedFeature.geometry.type !== 'Point'
      ? path(rewind(selectedFeature.geometry))
      : null;
  return (
    <figure className="map-figure">
      <ZoomControls zoom={zoom} presets={presetViews} />
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG map is a group of graphics, not a fieldset */}
      <svg
        ref={svg}
        className="world-map"
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="group"
        aria-label={props.title}
        data-testid="world-map"
        data-ready={countries ? 'true' : 'false'}
        data-zoom={`${view.k.toFixed(3)},${view.x.toFixed(1)},${view.y.toFixed(1)}`}
      >
        <Arrows />
        {fillCss && <style>{fillCss}</style>}
        {/* The land and sea scale with the zoom; lines, markers and text are placed on the screen and keep their size. */}
        <g className="map-base" transform={`translate(${view.x},${view.y}) scale(${view.k})`}>
          <path className="sphere" d={sphere} />
          <path className="graticule" d={graticule} />
          {countries && (
            <Countries
              countries={countries}
              attacked={selectedFeature?.properties.administeredBy ?? undefined}
            />
          )}
          {selectedPath && <path className="selected-area" d={selectedPath} />}
        </g>
        {props.links && <Links links={props.links} dim={!!props.dimLinks} at={at} />}
        {props.bases && (
          <BaseMarkers
            bases={props.bases}
            project={at}
            name={props.name}
            highlight={props.highlightBases}
          />
        )}
        <CountryLabels labels={labels.countries} />
        <Places
          points={points}
          labelled={labels.places}
          selected={props.selected}
          onSelect={props.onSelect}
          onActive={setActive}
        />
      </svg>
      {error && <figcaption className="error">{error}</figcaption>}
    </figure>
  );
}

const fillVars: Record<string, string> = {
  'fill-attacker': 'fill: var(--attacker-fill); stroke: var(--attacker)',
  'fill-defender': 'fill: var(--defender-fill); stroke: var(--defender)',
  'fill-actor': 'fill: var(--attacker-fill); stroke: var(--attacker)',
  'fill-obliged': 'fill: var(--obliged-fill); stroke: var(--defender)',
  'fill-member': 'fill: var(--member-fill)',
};
const cssFor = (cls: string) => fillVars[cls] ?? '';
