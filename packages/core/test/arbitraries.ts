/** Random events over a real library for property tests: its administered places, their states, dates from 1990 on. */
import fc from 'fast-check';
import { type Event, EventKind, type Library } from '../src/index.ts';

const assets = ['armed-forces', 'public-vessel', 'aircraft'] as const;

/** Every event kind alike. */
export const anyKind = fc.constantFrom(...EventKind.options);

/**
 * The arbitraries a property test draws scenarios from; `kind` weights the event kinds.
 * @example const { event, day } = libraryArbitraries(lib); fc.sample(event, 1)[0].actor // 'CHN'
 */
export function libraryArbitraries(lib: Library, kind: fc.Arbitrary<Event['kind']> = anyKind) {
  const places = [...lib.places.values()].filter((p) => p.administeredBy !== undefined);
  const states = [...new Set(places.map((p) => p.administeredBy!))].sort();
  const architectures = [...lib.architectures.keys()];
  const day = fc
    .integer({ min: 0, max: 40 * 365 })
    .map((n) => new Date(Date.UTC(1990, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const target = fc.oneof(
    fc.constantFrom(...places).map((p) => ({ place: p.id })),
    fc.record({
      state: fc.constantFrom(...states),
      asset: fc.constantFrom(...assets),
      place: fc.constantFrom(...places).map((p) => p.id),
    }),
  );
  const event = fc.record({
    actor: fc.constantFrom(...states),
    kind,
    target,
    severity: fc.constant('high' as const),
  }) as fc.Arbitrary<Event>;
  return { places, states, architectures, day, event };
}
