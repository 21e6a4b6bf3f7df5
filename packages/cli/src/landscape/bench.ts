/**
 * The landscape benchmark: the exact search for 20, 25 and 30 actors on one thread and on every
 * core, and how many actors the exact search reaches in ten minutes. The instances are seeded
 * random ones: the search visits every bipartition whatever the numbers, so its time depends on
 * the count of actors alone (and a little on how many local minima it keeps).
 */
import { type BenchRow, benchRow, createRng, type Landscape } from '@casus/core';
import { searchAll, threadsFor } from './parallel.ts';

/** n actors, sizes 1–100 and symmetric propensities in {−1, 0, +1}, drawn from `seed`. */
export function randomLandscape(n: number, seed: number): Landscape {
  const rng = createRng(seed);
  const actors = Array.from({ length: n }, (_, i) => `a${i}`);
  const sizes = actors.map(() => 1 + Math.floor(rng.next() * 100));
  const propensity = actors.map(() => actors.map(() => 0));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const p = Math.floor(rng.next() * 3) - 1;
      propensity[i]![j] = p;
      propensity[j]![i] = p;
    }
  return { actors, sizes, propensity };
}

async function seconds(n: number, workers: number): Promise<number> {
  const l = randomLandscape(n, n);
  const t = performance.now();
  await searchAll(l, { workers, keep: 5 });
  return (performance.now() - t) / 1000;
}

/** Ten minutes, the measure of how far an exact search goes. */
const BUDGET_SECONDS = 600;

/**
 * Runs the benchmark and returns one row per figure.
 * @example (await runLandscapeBench({ sizes: [20] }))[0].name // 'landscape, exact, 20 actors …'
 */
export async function runLandscapeBench(
  options: { sizes?: number[]; workers?: number } = {},
): Promise<BenchRow[]> {
  const sizes = options.sizes ?? [20, 25, 30];
  const rows: BenchRow[] = [];
  let last = { n: 0, t: 0 };
  for (const n of sizes) {
    const bipartitions = `2^${n - 1} bipartitions`;
    const one = await seconds(n, 1);
    rows.push(benchRow(`landscape, exact, ${n} actors (${bipartitions}), 1 thread`, one, 's'));
    const threads = threadsFor(n, options.workers);
    let best = one;
    if (threads > 1) {
      const many = await seconds(n, threads);
      rows.push(
        benchRow(
          `landscape, exact, ${n} actors (${bipartitions}), ${threads} worker threads`,
          many,
          's',
        ),
      );
      best = Math.min(one, many);
    }
    if (n === 30)
      rows.push(
        benchRow('landscape, exact, 30 actors, the faster of the two', best, 's', { below: 60 }),
      );
    last = { n, t: best };
  }
  // Each actor more doubles the bipartitions and so the time: the largest n whose doubled time
  // still fits the budget, from the largest size measured. An extrapolation, and labelled one.
  const reach = last.n + Math.floor(Math.log2(BUDGET_SECONDS / last.t));
  rows.push(
    benchRow(
      `landscape, exact: actors within 10 minutes (extrapolated from ${last.n} actors, time ×2 per actor)`,
      reach,
      'actors',
    ),
  );
  return rows;
}
