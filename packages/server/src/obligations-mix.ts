/** A realistic load for POST /api/obligations: distinct events, places, coordinates, dates and architectures drawn from the library. */
import {
  createRng,
  type EventInput,
  EventKind,
  type Library,
  type Place,
  type Rng,
  representativePoint,
  Severity,
} from '@casus/core';

export interface MixOptions {
  /** How many request bodies; every one differs from every other. */
  count: number;
  /** The seed of the draws, so a run can be repeated. */
  seed?: number;
  /** Dates are drawn uniformly between these years, inclusive (default 1950–2026). */
  years?: readonly [number, number];
}

/** A body of POST /api/obligations. */
export interface ObligationsBody {
  date: string;
  architecture: string;
  events: EventInput[];
}

export const pick = <T>(rng: Rng, items: readonly T[]): T =>
  items[Math.floor(rng.next() * items.length)]!;
const DAY_MS = 86_400_000;
export const ASSETS = ['armed-forces', 'public-vessel', 'aircraft'] as const;
const clamp = (x: number, limit: number) => Math.max(-limit, Math.min(limit, x));

/** Every state the library names: members of its agreements, administrators and claimants of its places. */
export function statesOf(library: Library): string[] {
  const states = new Set<string>();
  for (const a of library.agreements.values()) for (const m of a.members) states.add(m);
  for (const p of library.places.values()) {
    if (p.administeredBy) states.add(p.administeredBy);
    for (const c of p.claimants) states.add(c);
  }
  return [...states].sort();
}

/** The target of an event at a place: the land itself, a state's asset named at it, or one at coordinates near it. */
function targetAt(rng: Rng, place: Place, states: string[]): EventInput['target'] {
  const shape = rng.next();
  const land = place.administeredBy !== undefined || place.administration.length > 0;
  if (shape < 1 / 3 && land) return { place: place.id };
  const state = place.administeredBy && rng.next() < 0.5 ? place.administeredBy : pick(rng, states);
  const asset = pick(rng, ASSETS);
  if (shape < 2 / 3) return { state, asset, place: place.id };
  // Up to half a degree from the place's representative point: a coordinate no request repeats.
  const [lon, lat] = representativePoint(place.geometry);
  const at: [number, number] = [
    clamp(lon + (rng.next() - 0.5), 180),
    clamp(lat + (rng.next() - 0.5), 90),
  ];
  return { state, asset, at };
}

/**
 * Draws `count` distinct obligations requests from the library: one event each (any actor the
 * library names, any kind and severity, at any place or near it), on a date in the years given,
 * under any of its architectures.
 * @example obligationsMix(library, {count: 2, seed: 1}).map((b) => b.date) // e.g. ['1987-03-14', '2019-11-02']
 */
export function obligationsMix(library: Library, options: MixOptions): ObligationsBody[] {
  const rng = createRng(options.seed ?? 1);
  const [from, to] = options.years ?? [1950, 2026];
  const first = Date.UTC(from, 0, 1);
  const days = (Date.UTC(to + 1, 0, 1) - first) / DAY_MS;
  const states = statesOf(library);
  const places = [...library.places.values()];
  const architectures = [...library.architectures.keys()];
  const seen = new Set<string>();
  const bodies: ObligationsBody[] = [];
  while (bodies.length < options.count) {
    const place = pick(rng, places);
    const body: ObligationsBody = {
      date: new Date(first + Math.floor(rng.next() * days) * DAY_MS).toISOString().slice(0, 10),
      architecture: pick(rng, architectures),
      events: [
        {
          actor: pick(rng, states),
          kind: pick(rng, EventKind.options),
          target: targetAt(rng, place, states),
          severity: pick(rng, Severity.options),
        },
      ],
    };
    const key = JSON.stringify(body);
    if (!seen.has(key)) {
      seen.add(key);
      bodies.push(body);
    }
  }
  return bodies;
}
