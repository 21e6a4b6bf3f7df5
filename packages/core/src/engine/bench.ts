/** The engine's benchmark: findings for one event and the Korean cascade, in microseconds per call. */
import { type BenchRow, benchRow } from '../bench-row.ts';
import type { Event } from '../model/event.ts';
import { asDate, asPlace, asState } from '../model/ids.ts';
import type { Library } from '../model/library.ts';
import { runCascade } from './cascade.ts';
import { findObligations } from './find-obligations.ts';
import { prepareWorld } from './world.ts';

export interface EngineBenchOptions {
  /** Batches to time; the median batch gives the answer. */
  batches?: number;
  /** Bytes of heap in use, when the host can say (Node: () => process.memoryUsage().heapUsed). */
  heapUsed?: () => number;
}

/** Median over batches of the time per call, in microseconds, after a warm-up. */
function medianMicros(fn: () => unknown, batches: number, perBatch: number): number {
  for (let i = 0; i < perBatch * 10; i++) fn();
  const times: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    times.push(((performance.now() - start) * 1000) / perBatch);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)]!;
}

const row = (name: string, value: number, unit: string, below?: number): BenchRow =>
  benchRow(name, value, unit, below === undefined ? {} : { below });

const attack = (actor: string, place: string): Event => ({
  actor: asState(actor),
  kind: 'armed-attack',
  target: { place: asPlace(place) },
  severity: 'high',
});

/**
 * Times the engine on the status-quo library: one event (China on the Senkakus, 2024) and the
 * cascade of a North Korean invasion (2025, honoured), as the median µs per call.
 * @example runEngineBench(lib, {heapUsed: () => process.memoryUsage().heapUsed}) // [{name: 'findings for one event', value: 12.3, unit: 'µs', ...}, ...]
 */
export function runEngineBench(library: Library, options: EngineBenchOptions = {}): BenchRow[] {
  const batches = options.batches ?? 200;
  const senkaku = attack('CHN', 'JPN.senkaku');
  const korea = attack('PRK', 'KOR.main');
  const guam = attack('PRK', 'USA.guam');
  const world2024 = prepareWorld(library, {
    architecture: 'status-quo',
    date: asDate('2024-11-01'),
  });
  const world2025 = prepareWorld(library, {
    architecture: 'status-quo',
    date: asDate('2025-03-01'),
  });
  // A new `detail` each call gives a new event signature, so nothing is answered from the memo.
  let n = 0;
  const fresh = (actor: string, state: string, place: string): Event => ({
    actor: asState(actor),
    kind: 'armed-attack',
    target: {
      state: asState(state),
      asset: 'armed-forces',
      place: asPlace(place),
      detail: `${n++}`,
    },
    severity: 'high',
  });
  const prepare = () =>
    prepareWorld(library, { architecture: 'status-quo', date: asDate('2025-03-01') });
  const rows = [
    row(
      'findings for one event, repeated (CHN armed-attack JPN.senkaku)',
      medianMicros(() => findObligations(world2024, senkaku), batches, 100),
      'µs',
      50,
    ),
    row(
      'findings for one event, repeated (PRK armed-attack USA.guam)',
      medianMicros(() => findObligations(world2024, guam), batches, 20),
      'µs',
      50,
    ),
    row(
      'findings for a new event, cold (CHN on Japanese forces at the Senkakus)',
      medianMicros(
        () => findObligations(world2024, fresh('CHN', 'JPN', 'JPN.senkaku')),
        batches,
        20,
      ),
      'µs',
      50,
    ),
    row(
      'findings for a new event, cold (PRK on US forces at Guam)',
      medianMicros(() => findObligations(world2024, fresh('PRK', 'USA', 'USA.guam')), batches, 5),
      'µs',
      50,
    ),
    row(
      'cascade of the Korean scenario (2025, honoured)',
      medianMicros(() => runCascade(world2025, [korea], { mode: 'honoured' }), batches, 10),
      'µs',
      500,
    ),
    row('prepareWorld (status-quo)', medianMicros(prepare, Math.max(10, batches / 10), 5), 'µs'),
  ];
  if (options.heapUsed) rows.push(row('heap used', options.heapUsed() / 2 ** 20, 'MB'));
  return rows;
}
