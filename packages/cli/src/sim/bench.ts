/** The simulation benchmark: trials per second per core, scaling from 1 to 2 workers, peak memory (the full comparison is timed as its own process, in bench/whole-compare.ts). */
import { type BenchRow, benchRow, prepareScenario } from '@casus/core';
import { loadSimContext, simulate } from '@casus/runner';
import { defaultLibraryDir } from '../library-files.ts';

/** Wall time of a run, less the time its workers take to start (measured on a one-block run). */
async function timed(run: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await run();
  return (performance.now() - t) / 1000;
}

/**
 * Runs the benchmark and returns one row per figure.
 * @example (await runSimBench()).find((r) => r.name.startsWith('trials/s/core'))
 */
export async function runSimBench(
  options: { trials?: number; memoryTrials?: number } = {},
): Promise<BenchRow[]> {
  const loaded = loadSimContext({ libraryDir: defaultLibraryDir() });
  if (!loaded.ok)
    throw new Error(
      'the library or the reliability parameters do not load: run casus validate library',
    );
  const ctx = loaded.value;
  const korea = ctx.library.scenarios.get('korea-invasion-2025');
  if (!korea) throw new Error('library/scenarios/korea-invasion-2025.yaml is missing');
  const sim = prepareScenario(ctx.library, korea, { params: ctx.params, inputs: ctx.inputs }).sim;
  const trials = options.trials ?? 2_000_000;
  const startup1 = await timed(() => simulate([sim], { seed: 1, trials: 1, workers: 1 }));
  const startup2 = await timed(() => simulate([sim], { seed: 1, trials: 1, workers: 2 }));
  const t1 = (await timed(() => simulate([sim], { seed: 1, trials, workers: 1 }))) - startup1;
  const t2 = (await timed(() => simulate([sim], { seed: 1, trials, workers: 2 }))) - startup2;
  const perCore1 = trials / t1;
  const perCore2 = trials / t2 / 2;
  const scaling = t1 / t2;
  // Memory grows with trials only if something keeps per-trial state: compare the growth of the
  // resident set during a run of 1/10 the trials with that during the full run.
  const growth = async (n: number) => {
    const base = process.memoryUsage().rss;
    let peak = base;
    const sample = () => {
      peak = Math.max(peak, process.memoryUsage().rss);
    };
    await simulate([sim], { seed: 1, trials: n, workers: 2, onTick: sample });
    sample();
    return { peak, grew: peak - base };
  };
  const memoryTrials = options.memoryTrials ?? 1_000_000;
  const small = await growth(memoryTrials / 10);
  const large = await growth(memoryTrials);
  const mb = (b: number) => Math.round(b / 1e5) / 10;
  return [
    {
      name: 'trials/s/core, Korea 2025 status quo, 1 worker',
      value: Math.round(perCore1),
      unit: 'trials/s',
      target: '≥ 1,000,000',
      ok: perCore1 >= 1_000_000,
    },
    {
      name: 'trials/s/core, Korea 2025 status quo, 2 workers',
      value: Math.round(perCore2),
      unit: 'trials/s',
      target: '≥ 1,000,000',
      ok: perCore2 >= 1_000_000,
    },
    {
      name: 'scaling 1 → 2 workers',
      value: Math.round(scaling * 100) / 100,
      unit: '×',
      target: 'near 2',
      ok: scaling >= 1.7,
    },
    {
      name: 'worker start-up (tsx), 2 workers',
      value: Math.round(startup2 * 1000),
      unit: 'ms',
      target: 'excluded above',
      ok: true,
    },
    benchRow(
      `peak RSS, ${memoryTrials.toLocaleString('en-US')}-trial run (process, all threads)`,
      mb(large.peak),
      'MB',
    ),
    benchRow(
      `RSS growth during a ${(memoryTrials / 10).toLocaleString('en-US')}-trial run`,
      mb(small.grew),
      'MB',
    ),
    {
      name: `RSS growth during a ${memoryTrials.toLocaleString('en-US')}-trial run`,
      value: mb(large.grew),
      unit: 'MB',
      target: 'within 50 MB of the run above',
      ok: large.grew - small.grew < 50e6,
    },
  ];
}
