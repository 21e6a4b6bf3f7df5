/** The simulation benchmark: trials per second per core, scaling from 1 to 2 workers, peak memory (the full comparison is timed as its own process, in bench/whole-compare.ts). */
import { type BenchRow, benchRow, prepareScenario } from '@casus/core';
import { handSetReliabilityFile, loadSimContext, simulate } from '@casus/runner';
import { defaultLibraryDir } from '../library-files.ts';

const KOREA = 'Korea 2025 status quo, hand-set reliability model';

/** Wall time and the process's CPU time of a run, in seconds. */
async function timed(run: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const t = performance.now();
  const c = process.cpuUsage();
  await run();
  const used = process.cpuUsage(c);
  return { wall: (performance.now() - t) / 1000, cpu: (used.user + used.system) / 1e6 };
}

/**
 * Runs the benchmark and returns one row per figure.
 * @example (await runSimBench()).find((r) => r.name.startsWith('trials/s/core'))
 */
export async function runSimBench(
  options: { trials?: number; memoryTrials?: number } = {},
): Promise<BenchRow[]> {
  // The hand-set model, not the fitted default: under it more states join, so each trial does
  // more work, and the figure stays comparable with the target, which was set under it.
  const libraryDir = defaultLibraryDir();
  const loaded = loadSimContext({ libraryDir, reliability: handSetReliabilityFile(libraryDir) });
  if (!loaded.ok)
    throw new Error(
      'the library or the reliability parameters do not load: run casus validate library',
    );
  const ctx = loaded.value;
  const korea = ctx.library.scenarios.get('korea-invasion-2025');
  if (!korea) throw new Error('library/scenarios/korea-invasion-2025.yaml is missing');
  const sim = prepareScenario(ctx.library, korea, { params: ctx.params, inputs: ctx.inputs }).sim;
  const trials = options.trials ?? 2_000_000;
  const run = (n: number, workers: number) =>
    timed(() => simulate([sim], { seed: 1, trials: n, workers }));
  // The first run also bundles the worker script, once per process: leave it out of start-up.
  await run(1, 1);
  // A one-trial run is the workers' start-up, taken off the timed runs.
  const startup1 = await run(1, 1);
  const startup2 = await run(1, 2);
  const full1 = await run(trials, 1);
  const full2 = await run(trials, 2);
  const t1 = full1.wall - startup1.wall;
  const t2 = full2.wall - startup2.wall;
  const perCore1 = trials / t1;
  const perCore2 = trials / t2 / 2;
  // The main thread only waits and merges, so the process's CPU time is about the worker's: a
  // figure that waiting for a core on a busy machine does not lower, as it lowers the wall-time one.
  const perCpu1 = trials / (full1.cpu - startup1.cpu);
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
      name: `trials/s/core, ${KOREA}, 1 worker`,
      value: Math.round(perCore1),
      unit: 'trials/s',
      target: '≥ 1,000,000',
      ok: perCore1 >= 1_000_000,
    },
    {
      name: `trials per CPU second, ${KOREA}, 1 worker (process CPU time)`,
      value: Math.round(perCpu1),
      unit: 'trials/s',
      target: '≥ 1,000,000',
      ok: perCpu1 >= 1_000_000,
    },
    {
      name: `trials/s/core, ${KOREA}, 2 workers`,
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
      name: 'worker start-up (bundled script), 2 workers',
      value: Math.round(startup2.wall * 1000),
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
