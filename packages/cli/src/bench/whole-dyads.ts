/**
 * The dyad-year pipeline timed as a researcher runs it, against peacesciencer's: `casus dyads` to
 * CSV in a process of its own, the four steps of create_dyadyears() |> add_atop_alliance() |>
 * add_nmc() |> add_contiguity() |> write.csv, which issue 16 measured in R at 19.9 s and 1.1 GB.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchRow, benchRow } from '@casus/core';
import { DYAD_ADDITIONS, datasetsForDyads, importDatasets } from '@casus/data';
import { measureCasus } from './casus-process.ts';

/** peacesciencer 1.2.9 in R on this kind of machine, the four steps to CSV (issue 16). */
const PEACESCIENCER = { seconds: 19.9, peakMb: 1100 };

/**
 * Every verb `casus dyads --with` has that can share a file, in the order its help gives them:
 * gmlmids and cowwars are left out, as their columns share names with cowmids' (the command
 * refuses them together).
 */
const EVERY_VERB = DYAD_ADDITIONS.filter((a) => a !== 'gmlmids' && a !== 'cowwars');

/**
 * Imports the datasets the pipelines read (not timed), then times `casus dyads` from spawn to
 * exit, with its peak memory: the four steps `runs` times (targets: 10× faster and a third of the
 * memory; the median time, as one run on a shared machine can be a fifth slower than the next,
 * and the highest peak) and every verb at once over 1816 to `everyTo` (default 2016; a test takes
 * fewer years).
 * @example (await timeWholeDyads('../shared/data'))[0]?.unit // 's'
 */
export async function timeWholeDyads(
  dataDir: string,
  { everyTo = 2016, runs = 5 }: { everyTo?: number; runs?: number } = {},
): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'casus-bench-dyads-'));
  try {
    const db = join(dir, 'casus.duckdb');
    await importDatasets({
      dir: dataDir,
      dbPath: db,
      only: datasetsForDyads(EVERY_VERB),
    });
    const args = ['dyads', '--years', '1816-2016', '--with', 'atop,nmc,contiguity'];
    const measured: Awaited<ReturnType<typeof measureCasus>>[] = [];
    for (let k = 0; k < runs; k++)
      measured.push(await measureCasus([...args, '--out', join(dir, 'dyads.csv'), '--db', db]));
    const seconds = measured.map((m) => m.seconds).sort((a, b) => a - b);
    const run = {
      seconds: seconds[Math.floor(seconds.length / 2)]!,
      peakMb: Math.max(...measured.map((m) => m.peakMb ?? Number.NaN)),
    };
    const label = `casus ${args.join(' ')} --out dyads.csv (the CSV byte-identical to peacesciencer's; whole process, spawn to exit; median of ${runs} runs)`;
    const every = ['dyads', '--years', `1816-${everyTo}`, '--with', EVERY_VERB.join(',')];
    const all = await measureCasus([...every, '--out', join(dir, 'every.csv'), '--db', db]);
    return [
      benchRow(`dyad-year pipeline as a researcher runs it: ${label}`, run.seconds, 's', {
        below: Math.round(PEACESCIENCER.seconds * 10) / 100,
      }),
      benchRow(
        `peak memory of that process (VmHWM), the highest of the ${runs} runs`,
        run.peakMb,
        'MB',
        {
          below: Math.round(PEACESCIENCER.peakMb / 3),
        },
      ),
      benchRow(
        "peacesciencer's time over casus's, the same four steps to CSV (R 19.9 s, issue 16)",
        PEACESCIENCER.seconds / run.seconds,
        '×',
        { atLeast: 10 },
      ),
      benchRow(
        `dyad-year pipeline with every verb one file can hold (gmlmids and cowwars share cowmids' names): casus ${every.join(' ')} --out every.csv (whole process, spawn to exit)`,
        all.seconds,
        's',
      ),
      benchRow('peak memory of that process (VmHWM)', all.peakMb ?? Number.NaN, 'MB'),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
