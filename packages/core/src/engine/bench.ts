/** The engine's benchmark: findings for one event and the Korean cascade, in microseconds per call. */
import type { Event } from '../model/event.ts';
import { asDate, asPlace, asState } from '../model/ids.ts';
import type { Library } from '../model/library.ts';
import { runCascade } from './cascade.ts';
import { findObligations } from './find-obligations.ts';
import { prepareWorld } from './world.ts';

export interface EngineBenchRow {
  name: string;
  value: number;
  unit: string;
  /** e.g. "< 50" */
  target: string;
  ok: boolean;
}

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

const row = (name: string, value: number, unit: string, limit?: number): EngineBenchRow => ({
  name,
  value: Math.round(value * 10) / 10,
  unit,
  target: limit === undefined ? '' : `< ${limit}`,
  ok: limit === undefined || value < limit,
});

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
export function runEngineBench(
  library: Library,
  options: EngineBenchOptions = {},
): EngineBenchRow[] {
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
  const prepare = () =>
    prepareWorld(library, { architecture: 'status-quo', date: asDate('2025-03-01') });
  const rows = [
    row(
      'findings for one event (CHN armed-attack JPN.senkaku)',
      medianMicros(() => findObligations(world2024, senkaku), batches, 100),
      'µs',
      50,
    ),
    row(
      'findings for one event (PRK armed-attack USA.guam, every US ally asked)',
      medianMicros(() => findObligations(world2024, guam), batches, 20),
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
