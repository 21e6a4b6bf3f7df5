/** A load for POST /api/obligations that misses the world cache: no two requests share a date and architecture, and each targets a random place or a random point anywhere on Earth. */
import { createRng, EventKind, type Library, Severity } from '@casus/core';
import { ASSETS, type ObligationsBody, pick, statesOf } from './obligations-mix.ts';

export interface CacheMissOptions {
  /** How many bodies; past the number of (date, architecture) pairs in the years, the pairs come round again in a new order. */
  count: number;
  seed?: number;
  /** Dates are drawn uniformly between these years, inclusive (default 1950–2026). */
  years?: readonly [number, number];
}

const DAY_MS = 86_400_000;

/**
 * Draws bodies whose (date, architecture) pairs are all distinct until every pair of the years
 * has been drawn (1950–2026 under five architectures: 140,620), so that each asks for a world no
 * earlier request prepared: every one misses the world cache and the answer cache.
 * One in three targets a library place some state administers; the rest an asset at a uniformly random point on the
 * globe, which no other request repeats and which lies mostly outside every place.
 * @example cacheMissLoad(library, {count: 2, seed: 1}).map((b) => b.date) // e.g. ['1963-08-30', '2011-02-17']
 */
export function cacheMissLoad(library: Library, options: CacheMissOptions): ObligationsBody[] {
  const rng = createRng(options.seed ?? 1);
  const [from, to] = options.years ?? [1950, 2026];
  const first = Date.UTC(from, 0, 1);
  const days = (Date.UTC(to + 1, 0, 1) - first) / DAY_MS;
  const architectures = [...library.architectures.keys()];
  const states = statesOf(library);
  // A place no state administers (an open sea) cannot be attacked as land, and the API says so.
  const lands = [...library.places.values()]
    .filter((p) => p.administeredBy !== undefined || p.administration.length > 0)
    .map((p) => p.id);
  const pairs = days * architectures.length;
  const order = Array.from({ length: pairs }, (_, i) => i);
  const bodies: ObligationsBody[] = [];
  for (let i = 0; i < options.count; i++) {
    // A new shuffle of every pair each time the last is used up (Fisher–Yates, drawn as needed).
    const k = i % pairs;
    const j = k + Math.floor(rng.next() * (pairs - k));
    [order[k], order[j]] = [order[j]!, order[k]!];
    const pair = order[k]!;
    const day = Math.floor(pair / architectures.length);
    const a = pair % architectures.length;
    const state = pick(rng, states);
    const target =
      rng.next() < 1 / 3
        ? { place: pick(rng, lands) }
        : {
            state,
            asset: pick(rng, ASSETS),
            // Uniform over the sphere's area, not over the grid of degrees.
            at: [360 * rng.next() - 180, (Math.asin(2 * rng.next() - 1) * 180) / Math.PI] as [
              number,
              number,
            ],
          };
    bodies.push({
      date: new Date(first + day * DAY_MS).toISOString().slice(0, 10),
      architecture: architectures[a]!,
      events: [
        {
          actor: pick(rng, states),
          kind: pick(rng, EventKind.options),
          target,
          severity: pick(rng, Severity.options),
        },
      ],
    });
  }
  return bodies;
}
