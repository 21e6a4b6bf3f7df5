/** `casus bench` (npm run bench): every package's benchmark, one table of figures against targets. */
import { resolve } from 'node:path';
import { type BenchRow, runEngineBench } from '@casus/core';
import { runDataBench } from '@casus/data';
import { runServerBench } from '@casus/server';
import { runWebBench } from '@casus/web/bench';
import { parseFlags } from '../args.ts';
import { type Command, EXIT, UsageError } from '../command.ts';
import { defaultLibraryDir, libraryOrExit } from '../library-files.ts';
import { table } from '../render/table.ts';
import { runSimBench } from '../sim/bench.ts';

const usage = `Usage: casus bench [--only engine,sim,data,server,web] [--json]

Measures speed and memory on this machine and prints each figure beside its target.
Figures are medians or ratios taken within one run; the machine may be shared, so
read them as a trend, not a contract.
  --only LIST   run some suites: engine, sim, data, server, web (default: all)
  --json        the rows as JSON
The data suite reads the research datasets from $CASUS_DATA_MIRROR or ../shared/data.
Exit codes: 0 measured (even if a target is missed), 1 bad input, 2 internal error.`;

type Suite = 'engine' | 'sim' | 'data' | 'server' | 'web';

const dataDir = () =>
  process.env.CASUS_DATA_MIRROR ?? resolve(defaultLibraryDir(), '..', '..', 'shared', 'data');

const suites: Record<Suite, () => Promise<BenchRow[]>> = {
  engine: async () => {
    const lib = libraryOrExit({ stdout: () => {}, stderr: console.error, interactive: false });
    if (!lib) throw new Error('the library does not load');
    return runEngineBench(lib, { heapUsed: () => process.memoryUsage().heapUsed });
  },
  sim: () => runSimBench(),
  data: () => runDataBench(dataDir()),
  server: () => runServerBench(),
  web: async () => runWebBench(),
};

export const benchCommand: Command = {
  name: 'bench',
  summary: 'benchmarks of every package, against their targets',
  usage,
  async run(argv, io) {
    const { values } = parseFlags(argv, { only: { type: 'string' } }, 0);
    const wanted = (values.only?.split(',') ?? Object.keys(suites)) as Suite[];
    const unknown = wanted.filter((s) => !(s in suites));
    if (unknown.length > 0) throw new UsageError(`unknown suite(s): ${unknown.join(', ')}`);
    const rows: (BenchRow & { suite: Suite })[] = [];
    for (const suite of wanted) {
      if (!values.json) io.stderr(`running ${suite} …`);
      for (const row of await suites[suite]()) rows.push({ suite, ...row });
    }
    if (values.json) {
      io.stdout(
        JSON.stringify(
          { node: process.version, cpus: (await import('node:os')).availableParallelism(), rows },
          null,
          2,
        ),
      );
      return EXIT.ok;
    }
    io.stdout(
      table(
        ['suite', 'measure', 'value', 'unit', 'target', 'ok'],
        rows.map((r) => [
          r.suite,
          r.name,
          String(r.value),
          r.unit,
          r.target,
          r.target ? (r.ok ? 'yes' : 'NO') : '',
        ]),
      ),
    );
    return EXIT.ok;
  },
};
