/**
 * The home territory of every state the curated gazetteer lacks, as library/places/world.yaml:
 * each state of the COW system that exists today, outlined from the Natural Earth countries the
 * workbench's map already draws, so that any state can be attacked without importing research data.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { allStates, homeRegion, isWorldPlaceId, type Library, type StateRecord } from '@casus/core';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);
const ATLAS_PATH = require.resolve('world-atlas/countries-50m.json');
const ATLAS_VERSION: string = JSON.parse(
  readFileSync(require.resolve('world-atlas/package.json'), 'utf8'),
).version;

/**
 * Drop vertices whose triangle is smaller than this (square degrees, topojson-simplify's
 * Visvalingam weight), then islands smaller than MIN_ISLAND: the shapes serve point-in-area tests
 * and the map, not boundaries, and keep the file near 80 KB for the browser's library.
 */
const MIN_WEIGHT = 0.05;
const MIN_ISLAND = 0.5;
/** Coordinates to a tenth of a degree (about 11 km), the precision of the hand-drawn places. */
const round = (v: number): number => Math.round(v * 10) / 10;
const TROPIC_OF_CANCER = 23.44;

/** Kosovo has no ISO 3166 numeric code; Natural Earth's feature carries no id. */
const BY_ATLAS_NAME: Record<string, string> = { Kosovo: 'XKX' };

type Ring = [number, number][];

/** Twice the signed area of a ring (shoelace), to rank a state's polygons by size. */
function area(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return Math.abs(a / 2);
}

/** A rounded ring with repeated points removed; undefined when it collapses below a triangle. */
function roundRing(ring: Ring): Ring | undefined {
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p: [number, number] = [round(x), round(y)];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length < 4) return undefined;
  const [first, last] = [out[0]!, out.at(-1)!];
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([...first]);
  return out;
}

type Shape =
  | { type: 'Point'; coordinates: [number, number] }
  | { type: 'MultiPolygon'; coordinates: Ring[][] };

/** The state's polygons: the largest always, the others if at least MIN_ISLAND; outer rings only. */
function shapeOf(polygons: Ring[][]): Shape {
  const ranked = polygons.map((p) => p[0]!).sort((a, b) => area(b) - area(a));
  const rings = ranked
    .filter((r, i) => i === 0 || area(r) >= MIN_ISLAND)
    .map(roundRing)
    .filter((r): r is Ring => r !== undefined);
  if (rings.length > 0) return { type: 'MultiPolygon', coordinates: rings.map((r) => [r]) };
  // A microstate or small island state: one point in the middle of its largest ring.
  const xs = ranked[0]!.map((p) => p[0]);
  const ys = ranked[0]!.map((p) => p[1]);
  const mid = (v: number[]) => Math.round(((Math.min(...v) + Math.max(...v)) / 2) * 100) / 100;
  return { type: 'Point', coordinates: [mid(xs), mid(ys)] };
}

/** Region tags of the controlled vocabulary, from the COW numbering's regional blocks. */
function regionTags(state: StateRecord): string[] {
  const region = homeRegion(state.ccode);
  if (region !== 'western-hemisphere') return [region];
  return [state.ccode < 100 ? 'north-america' : 'south-america'];
}

const northOfTropic = (shape: Shape): boolean =>
  shape.type === 'Point'
    ? shape.coordinates[1] > TROPIC_OF_CANCER
    : shape.coordinates.every((p) => p[0]!.every(([, lat]) => lat > TROPIC_OF_CANCER));

export interface WorldPlace {
  state: StateRecord;
  names: string[];
  tags: string[];
  shape: Shape;
}

/**
 * Every COW state with a Natural Earth outline today that no curated place is administered by.
 * @example worldPlaces(lib).find((p) => p.state.iso3 === 'EST')?.tags // ['europe', 'metropolitan', 'north-of-tropic-of-cancer']
 */
export function worldPlaces(library: Library): WorldPlace[] {
  const curated = new Set<string>(
    [...library.places.values()]
      .filter((p) => !isWorldPlaceId(p.id))
      .flatMap((p) => (p.administeredBy ? [p.administeredBy] : [])),
  );
  const topology = JSON.parse(readFileSync(ATLAS_PATH, 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const simplified = simplify(presimplify(topology), MIN_WEIGHT);
  const collection = feature(simplified, simplified.objects.countries);
  const byIso3 = new Map<string, { name: string; polygons: Ring[][] }>();
  for (const f of collection.features) {
    const iso3 =
      (f.id !== undefined ? countries.numericToAlpha3(String(f.id)) : undefined) ??
      BY_ATLAS_NAME[f.properties.name];
    const g = f.geometry;
    if (!iso3 || !g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Ring[][];
    byIso3.set(iso3, { name: f.properties.name, polygons });
  }
  return allStates()
    .filter((s) => byIso3.has(s.iso3) && !curated.has(s.iso3))
    .map((state) => {
      const atlas = byIso3.get(state.iso3)!;
      const shape = shapeOf(atlas.polygons);
      const iso = countries.getName(state.iso3, 'en', { select: 'all' }) ?? [];
      const names = [...new Set([atlas.name, ...iso])].filter((n) => n !== state.name);
      const tags = [...regionTags(state), 'metropolitan'];
      if (northOfTropic(shape)) tags.push('north-of-tropic-of-cancer');
      return { state, names, tags, shape };
    });
}

const SOURCE = 'Natural Earth 1:50m via world-atlas, simplified (see the header of this file)';
const list = (items: readonly string[]) => `[${items.join(', ')}]`;
const quoted = (s: string) => JSON.stringify(s);
const position = ([x, y]: [number, number]) => `[${x}, ${y}]`;

/** Positions six to a line, indented under the ring's opening bracket, as the curated files are written. */
function ringText(ring: Ring): string {
  const lines: string[] = [];
  for (let i = 0; i < ring.length; i += 6)
    lines.push(
      ring
        .slice(i, i + 6)
        .map(position)
        .join(', '),
    );
  return `        - - [${lines.join(',\n             ')}]`;
}

function placeText(p: WorldPlace): string {
  const geometry =
    p.shape.type === 'Point'
      ? ['      type: Point', `      coordinates: ${position(p.shape.coordinates)}`]
      : [
          '      type: MultiPolygon',
          '      coordinates:',
          ...p.shape.coordinates.map((r) => ringText(r[0]!)),
        ];
  return [
    `  - id: ${p.state.iso3}.territory`,
    `    name: ${quoted(p.state.name)}`,
    `    altNames: ${list(p.names.map(quoted))}`,
    '    kind: territory',
    `    administeredBy: ${p.state.iso3}`,
    `    tags: ${list(p.tags)}`,
    '    geometry:',
    ...geometry,
    `    source: ${SOURCE}`,
  ].join('\n');
}

/**
 * library/places/world.yaml as text: what `npm run world-places` writes and a test compares with
 * the committed file, so the file is always this function's output for the pinned atlas.
 */
export function worldPlacesYaml(library: Library): string {
  const header = [
    '# The home territory of every state of the COW state system that exists today and that no',
    '# curated place in this folder is administered by: generated by packages/data/src/world-places.ts',
    '# (`npm run world-places`); edit that, not this file.',
    '#',
    `# Outlines: Natural Earth 1:50m Admin 0 countries (public domain) as world-atlas ${ATLAS_VERSION}`,
    `# ships them (countries-50m.json, the atlas the workbench's map draws), simplified with`,
    `# topojson-simplify (Visvalingam weight ${MIN_WEIGHT} square degrees), outer rings only, islands under`,
    `# ${MIN_ISLAND} square degrees dropped, coordinates to 0.1°; a state whose outline collapses at that`,
    '# precision is the point in the middle of its largest island. They are approximate shapes for',
    "# point-in-area tests and the map, not boundaries, and they are today's: no dated borders.",
    '# Ids, names and codes: the COW state system v2016 (core/src/model/states-data.ts); ISO 3166',
    '# numeric codes matched with i18n-iso-countries; altNames are its English names and Natural',
    "# Earth's. Region tags (europe, africa, middle-east, asia, oceania, north-america for COW codes",
    '# below 100, south-america) follow the blocks of the COW numbering; coast tags (pacific,',
    '# indian-ocean) are given only by curated places. The backtest places a state without a curated',
    '# place at its dated COW capital instead (core/src/backtest/home-places.ts).',
    'places:',
  ];
  return `${header.join('\n')}\n${worldPlaces(library).map(placeText).join('\n\n')}\n`;
}
