/** Which places and countries the map names at a zoom: places first (the chosen one above all), then countries by size, none overlapping. */
import type { CountryAnchor } from './country-labels.ts';
import { type Box, type LabelCandidate, placeLabels, textBox } from './labels.ts';
import { labelPriority, type PlacePoint } from './place-points.ts';
import { textWidth } from './text-width.ts';
import type { View } from './zoom-presets.ts';

/** Font sizes in map units, as styles.css sets them (.place-label, .country-label). */
export const PLACE_LABEL_SIZE = 12.5;
export const COUNTRY_LABEL_SIZE = 11;
/** Where a place's label may go from its marker, best first: right, left, above, below (clear of the marker). */
export const PLACE_SLOTS = [
  { dx: 8, dy: 4, anchor: 'start' },
  { dx: -8, dy: 4, anchor: 'end' },
  { dx: 0, dy: -12, anchor: 'middle' },
  { dx: 0, dy: 20, anchor: 'middle' },
] as const;
/** Half the width of the largest marker (the disputed diamond) and a pixel. */
const MARKER_HALF = 7;

/** Other baselines a country's name may take, in map units from its centre. */
const SHIFTS = [-14, 14, -28, 28];

export interface CountryLabel {
  id: string;
  name: string;
  x: number;
  y: number;
}

const placeStyle = (p: PlacePoint, bold: boolean) =>
  `${p.shape === 'sea' ? 'italic ' : ''}${bold ? '700' : '400'}`;

/**
 * The labels to draw. `points` are on the screen already; `anchors` are unzoomed and go through
 * `view`. A country is named only when its land on the screen could hold its name.
 * @example layoutLabels(points, anchors, {k: 1, x: 0, y: 0}, {x0: 0, y0: 0, x1: 1000, y1: 620})
 */
export function layoutLabels(
  points: readonly PlacePoint[],
  anchors: readonly CountryAnchor[],
  view: View,
  bounds: Box,
  /** The selected and the hovered place: always named, and first. */
  first: readonly (string | undefined)[] = [],
): { places: Map<string, number>; countries: CountryLabel[] } {
  const candidates: LabelCandidate[] = [];
  const obstacles: Box[] = [];
  for (const p of points) {
    obstacles.push({
      x0: p.x - MARKER_HALF,
      y0: p.y - MARKER_HALF,
      x1: p.x + MARKER_HALF,
      y1: p.y + MARKER_HALF,
    });
    const rank = first.indexOf(p.id);
    // Metropolitan places sit inside a labelled country: named only when chosen.
    if (rank < 0 && p.shape === 'homeland') continue;
    const width = textWidth(p.name, PLACE_LABEL_SIZE, placeStyle(p, rank === 0));
    candidates.push({
      id: `place:${p.id}`,
      boxes: PLACE_SLOTS.map((slot) =>
        textBox(p.x + slot.dx, p.y + slot.dy, width, PLACE_LABEL_SIZE, slot.anchor),
      ),
      priority: rank >= 0 ? 1e12 - rank : 1e9 * (1 + labelPriority(p)),
    });
  }
  const countries = new Map<string, CountryLabel[]>();
  for (const a of anchors) {
    const area = a.area * view.k * view.k;
    const width = textWidth(a.name, COUNTRY_LABEL_SIZE);
    if (area < width * COUNTRY_LABEL_SIZE * 1.5) continue;
    const x = a.x * view.k + view.x;
    // The baseline a third of the size below the centre, so the text sits on it; if a marker is
    // there, a line above or below, while the land is tall enough to hold it.
    const y = a.y * view.k + view.y + COUNTRY_LABEL_SIZE / 3;
    const room = Math.sqrt(area) / 3;
    const ys = [y, ...SHIFTS.filter((s) => Math.abs(s) <= room).map((s) => y + s)];
    countries.set(
      `country:${a.name}`,
      ys.map((at) => ({ id: a.id, name: a.name, x, y: at })),
    );
    candidates.push({
      id: `country:${a.name}`,
      boxes: ys.map((at) => textBox(x, at, width, COUNTRY_LABEL_SIZE, 'middle')),
      priority: area,
    });
  }
  // A place's own marker is not in its label's way: every slot is clear of it.
  const chosen = placeLabels(candidates, obstacles, bounds);
  return {
    places: new Map(
      [...chosen].flatMap(([id, slot]) =>
        id.startsWith('place:') ? [[id.slice(6), slot] as const] : [],
      ),
    ),
    countries: [...chosen].flatMap(([id, at]) => countries.get(id)?.[at] ?? []),
  };
}
