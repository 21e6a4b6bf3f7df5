/** The engine's benchmark: one event and the Korean cascade, truly cold, warm and from the cache, in microseconds per call. */
import { type BenchRow, benchRow } from '../bench-row.ts';
import type { Event } from '../model/event.ts';
import { asDate, asPlace, asState, type IsoDate } from '../model/ids.ts';
import type { Library } from '../model/library.ts';
import { type AnswerCache, createAnswerCache } from './answer-cache.ts';
import { type ArchitecturePlan, planArchitecture } from './architecture-plan.ts';
import { runCascade } from './cascade.ts';
import { findObligations } from './find-obligations.ts';
import { prepareWorld, type World } from './world.ts';

export interface EngineBenchOptions {
  /** Timed calls per row; the median gives the answer. */
  calls?: number;
  /** Bytes of heap in use, when the host can say (Node: () => process.memoryUsage().heapUsed). */
  heapUsed?: () => number;
}

const median = (times: number[]): number => {
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)]!;
};

/** Median µs of `call`, timed alone, each time after an untimed `setUp` that gives it its input. */
function timeEach<T>(calls: number, setUp: () => T, call: (input: T) => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < calls + 5; i++) {
    const input = setUp();
    const start = performance.now();
    call(input);
    if (i >= 5) times.push((performance.now() - start) * 1000);
  }
  return median(times);
}

const attack = (actor: string, place: string): Event => ({
  actor: asState(actor),
  kind: 'armed-attack',
  target: { place: asPlace(place) },
  severity: 'high',
});

/** Events of other places and actors, to fill a cache before the one timed. */
const others = [
  attack('CHN', 'TWN.main'),
  attack('RUS', 'JPN.home-islands'),
  attack('CHN', 'PHL.second-thomas-shoal'),
];

interface Case {
  label: string;
  date: IsoDate;
  /** Answers the case in the world, through the cache if one is given. */
  run: (world: World, cache?: AnswerCache) => unknown;
  target: number;
}

/**
 * Runs every case (and the other events) `rounds` times on worlds of their own, before anything
 * is timed: "truly cold" means the data is cold, not the code, so each row times the engine's
 * optimised code on a world it has never touched.
 */
function warmUp(library: Library, cases: readonly Case[], rounds: number): void {
  for (const c of cases) {
    const world = prepareWorld(library, { architecture: 'status-quo', date: c.date });
    for (let i = 0; i < rounds; i++) {
      c.run(world);
      findObligations(world, others[i % others.length]!);
    }
  }
}

/** The three rows of one case: truly cold, warm, and from the cache. */
function caseRows(library: Library, c: Case, calls: number): BenchRow[] {
  const world = () => prepareWorld(library, { architecture: 'status-quo', date: c.date });
  const warmWorld = world();
  const filled = () => {
    const cache = createAnswerCache({ size: 1024 });
    for (const e of others) findObligations(warmWorld, e, 0, cache);
    return cache;
  };
  const hitCache = filled();
  c.run(warmWorld, hitCache);
  const row = (how: string, value: number, target?: number) =>
    benchRow(`${c.label}, ${how}`, value, 'µs', target === undefined ? {} : { below: target });
  return [
    row(
      'truly cold (a fresh world per call, no cache, the code already optimised; prepareWorld not timed)',
      timeEach(calls, world, (w) => c.run(w)),
      c.target,
    ),
    row(
      'warm (the world and a cache used by other events; this one new)',
      timeEach(calls, filled, (cache) => c.run(warmWorld, cache)),
    ),
    row(
      'cache hit (the same again, from an answer cache of 1024)',
      timeEach(
        calls * 10,
        () => hitCache,
        (cache) => c.run(warmWorld, cache),
      ),
    ),
  ];
}

const dayAfter = (date: IsoDate, days: number): IsoDate =>
  asDate(new Date(Date.parse(date) + days * 864e5).toISOString().slice(0, 10));

/**
 * Dates never asked before, 97 days apart over 1950–2026, each with the status-quo plan, which has
 * already been asked the day before (so the stretch of dates holding it is built, as it is in a
 * server that has answered for a while).
 */
function nextDate(library: Library): () => [IsoDate, ArchitecturePlan] {
  const plan = planArchitecture(library, 'status-quo');
  let day = 0;
  return () => {
    day = (day + 97) % (76 * 365);
    const before = dayAfter(asDate('1950-01-01'), day);
    prepareWorld(library, { architecture: 'status-quo', date: before }, plan);
    return [dayAfter(before, 1), plan];
  };
}

/**
 * Times the engine on the status-quo library: China on the Senkakus and North Korea on Guam
 * (2024), and the honoured cascade of a North Korean invasion (2025), each truly cold (the target
 * is for these rows), warm and from the answer cache; and prepareWorld, which the others leave out, from scratch and
 * for a new date of an architecture already planned.
 * @example runEngineBench(lib, {heapUsed: () => process.memoryUsage().heapUsed}) // [{name: 'findings for CHN armed-attack JPN.senkaku, truly cold …', value: 12.3, unit: 'µs', ...}, ...]
 */
export function runEngineBench(library: Library, options: EngineBenchOptions = {}): BenchRow[] {
  const calls = options.calls ?? 100;
  const event = (actor: string, place: string): Case => {
    const e = attack(actor, place);
    return {
      label: `findings for ${actor} armed-attack ${place}`,
      date: asDate('2024-11-01'),
      run: (world, cache) => findObligations(world, e, 0, cache),
      target: 50,
    };
  };
  const invasion = attack('PRK', 'KOR.main');
  const korea: Case = {
    label: 'cascade of the Korean scenario (2025, honoured)',
    date: asDate('2025-03-01'),
    run: (world, cache) => runCascade(world, [invasion], { mode: 'honoured', cache }),
    target: 500,
  };
  const cases = [event('CHN', 'JPN.senkaku'), event('PRK', 'USA.guam'), korea];
  warmUp(library, cases, calls * 10);
  const rows = [
    ...cases.flatMap((c) => caseRows(library, c, calls)),
    benchRow(
      'prepareWorld (status-quo, 2025), planned from scratch',
      timeEach(
        Math.max(10, calls / 5),
        () => undefined,
        () => prepareWorld(library, { architecture: 'status-quo', date: asDate('2025-03-01') }),
      ),
      'µs',
    ),
    benchRow(
      'prepareWorld for a new date, architecture already planned (status-quo, 1950–2026)',
      timeEach(calls, nextDate(library), ([date, plan]) =>
        prepareWorld(library, { architecture: 'status-quo', date }, plan),
      ),
      'µs',
    ),
  ];
  if (options.heapUsed) rows.push(benchRow('heap used', options.heapUsed() / 2 ** 20, 'MB'));
  return rows;
}
