/** `casus bench` (npm run bench): every package's benchmark, each suite in its own process, one table of figures against targets under the machine they were taken on. */
import { type BenchRow, benchRow, runEngineBench, runYamlBench } from '@casus/core';
import { defaultDataDir, runDataBench } from '@casus/data';
import { runServerBench } from '@casus/server';
import { runWebBench } from '@casus/web/bench';
import { timeFirstAnswer } from '@casus/web/first-answer';
import { parseFlags } from '../args.ts';
import { describeMachine, formatMachine } from '../bench/machine.ts';
import { type BenchReport, runSuiteProcess } from '../bench/suite-process.ts';
import { timeWholeBacktest } from '../bench/whole-backtest.ts';
import { timeWholeCompare } from '../bench/whole-compare.ts';
import { timeWholeDyads } from '../bench/whole-dyads.ts';
import { timeWholeNetwork } from '../bench/whole-network.ts';
import { timeWholeSimilarity } from '../bench/whole-similarity.ts';
import { type Command, EXIT, UsageError } from '../command.ts';
import { runLandscapeBench } from '../landscape/bench.ts';
import { libraryOrExit } from '../library-files.ts';
import { table } from '../render/table.ts';
import { runSimBench } from '../sim/bench.ts';

const usage = `Usage: casus bench [--only engine,sim,data,server,web,landscape,similarity,network] [--quick] [--json]

Measures speed and memory on this machine and prints each figure beside its target, under a
header that names the machine (cores, CPU model, Node), the date, the commit and the library.
Each suite runs in a process of its own, so its memory figures are that suite's alone.
Figures are medians or ratios taken within one run; the machine may be shared, so read them
as a trend, not a contract.
  --only LIST     run some suites: engine, sim, data, server, web, landscape, similarity,
                  network
                  (default: all)
  --quick         tiny loads, to check that the harness works; the figures mean nothing
  --in-process    run the one suite --only names in this process (what each suite's process does)
  --json          {command, machine, suites, rows} as JSON
The data suite reads the research datasets from $CASUS_DATA_MIRROR, or else from the folder
"casus data fetch" fills; it also times the whole backtest (casus backtest over 1816-2007).
The web suite also opens the built workbench, served by the real server, in Chromium
($CASUS_CHROMIUM, else /usr/bin/chromium) and times load to first answer for the Senkaku scenario;
without Chromium that row is left out, with a warning.
The landscape suite times the exact search for 20, 25 and 30 actors (seeded random instances),
on one thread and on every core, and extrapolates how many actors ten minutes reach.
The similarity suite times casus dyads --with similarity for every dyad-year 1816-2016 as a
process of its own (seconds, peak memory), and each of core's measures over the same pairs.
The network suite times casus network --years 1816-2018 --carry-system-to 2018 (every year's
measures, the 2016 COW members carried to ATOP's last year) as a process of its own, for defence
ties and for any alliance.
Exit codes: 0 measured (even if a target is missed), 1 bad input, 2 internal error.`;

type Suite = 'engine' | 'sim' | 'data' | 'server' | 'web' | 'landscape' | 'similarity' | 'network';

const suites: Record<Suite, (quick: boolean) => Promise<BenchRow[]>> = {
  engine: async (quick) => {
    const lib = libraryOrExit({ stdout: () => {}, stderr: console.error, interactive: false });
    if (!lib) throw new Error('the library does not load');
    const heapUsed = () => process.memoryUsage().heapUsed;
    return [
      ...runEngineBench(lib, quick ? { heapUsed, calls: 3 } : { heapUsed }),
      ...runYamlBench(quick ? { calls: 1, sizes: [10_000, 40_000] } : {}),
    ];
  },
  sim: async (quick) => [
    ...(await runSimBench(quick ? { trials: 20_000, memoryTrials: 20_000 } : {})),
    await timeWholeCompare({ trials: quick ? 1_000 : 100_000 }),
  ],
  data: async () => {
    const dir = process.env.CASUS_DATA_MIRROR || defaultDataDir();
    return [
      ...(await runDataBench(dir)),
      ...(await timeWholeDyads(dir)),
      await timeWholeBacktest(dir),
    ];
  },
  server: (quick) =>
    runServerBench(
      quick
        ? { durationSeconds: 1, connections: 4, mixSize: 200, missSeconds: 1, jobTrials: 4096 }
        : {},
    ),
  web: async (quick) => [...runWebBench(), ...(await timeFirstAnswer({ runs: quick ? 1 : 5 }))],
  landscape: (quick) => runLandscapeBench(quick ? { sizes: [14, 16] } : {}),
  similarity: (quick) =>
    timeWholeSimilarity(
      process.env.CASUS_DATA_MIRROR || defaultDataDir(),
      quick ? { to: 1820 } : {},
    ),
  network: (quick) =>
    timeWholeNetwork(process.env.CASUS_DATA_MIRROR || defaultDataDir(), quick ? { to: 1820 } : {}),
};

/** Runs one suite here and adds the peak memory of this process, which has run nothing else. */
async function runHere(command: string, suite: Suite, quick: boolean): Promise<BenchReport> {
  const started = performance.now();
  const rows = await suites[suite](quick);
  // maxRSS (kilobytes) is the process's lifetime peak: honest only because this process ran this suite alone.
  rows.push(
    benchRow(
      `peak RSS of the ${suite} suite's own process (its child processes not included)`,
      process.resourceUsage().maxRSS / 1024,
      'MB',
    ),
  );
  const machine = describeMachine();
  const seconds = (performance.now() - started) / 1000;
  return {
    command,
    machine,
    suites: [{ suite, pid: process.pid, seconds, machine }],
    rows: rows.map((r) => ({ suite, ...r })),
  };
}

/** Runs each suite in a child process, one after the other, and merges their reports. */
async function runEach(
  command: string,
  wanted: Suite[],
  quick: boolean,
  progress: (line: string) => void,
): Promise<BenchReport> {
  const report: BenchReport = { command, machine: describeMachine(), suites: [], rows: [] };
  for (const suite of wanted) {
    progress(`running ${suite} in its own process …`);
    const child = await runSuiteProcess(suite, quick ? ['--quick'] : []);
    report.suites.push(...child.suites);
    report.rows.push(...child.rows);
  }
  return report;
}

function render(report: BenchReport): string {
  const rows = report.rows.map((r) => [
    r.suite,
    r.name,
    String(r.value),
    r.unit,
    r.target,
    r.target ? (r.ok ? 'yes' : 'NO') : '',
  ]);
  return `command  ${report.command}\n${formatMachine(report.machine)}\n\n${table(['suite', 'measure', 'value', 'unit', 'target', 'ok'], rows)}`;
}

export const benchCommand: Command = {
  name: 'bench',
  usage,
  async run(argv, io) {
    const { values } = parseFlags(
      argv,
      { only: { type: 'string' }, quick: { type: 'boolean' }, 'in-process': { type: 'boolean' } },
      0,
    );
    const wanted = (values.only?.split(',') ?? Object.keys(suites)) as Suite[];
    const unknown = wanted.filter((s) => !(s in suites));
    if (unknown.length > 0) throw new UsageError(`unknown suite(s): ${unknown.join(', ')}`);
    const quick = values.quick ?? false;
    if (values['in-process'] && wanted.length !== 1)
      throw new UsageError('--in-process runs one suite: name it with --only');
    const command = ['casus bench', ...argv].join(' ');
    const report = values['in-process']
      ? await runHere(command, wanted[0]!, quick)
      : await runEach(command, wanted, quick, values.json ? () => {} : io.stderr);
    io.stdout(values.json ? JSON.stringify(report, null, 2) : render(report));
    return EXIT.ok;
  },
};
