/** One bench suite in a process of its own, so its memory figures are its alone: the report it prints, read back. */
import type { BenchRow } from '@casus/core';
import { exited, spawnCasus } from './casus-process.ts';
import type { Machine } from './machine.ts';

/** A row of `casus bench`, with the suite it belongs to. */
export type SuiteRow = BenchRow & { suite: string };

/** What `casus bench --json` prints: the machine, each suite's process, and every row. */
export interface BenchReport {
  /** The command as run, e.g. "casus bench --only engine". */
  command: string;
  machine: Machine;
  suites: { suite: string; pid: number; seconds: number; machine: Machine }[];
  rows: SuiteRow[];
}

/**
 * Runs `casus bench --only SUITE --in-process --json` as a child process and returns its report.
 * @example (await runSuiteProcess('web', [])).suites[0].pid // not this process's pid
 */
export async function runSuiteProcess(suite: string, flags: string[]): Promise<BenchReport> {
  const args = ['bench', '--only', suite, '--in-process', '--json', ...flags];
  const child = spawnCasus(args, ['ignore', 'pipe', 'inherit']);
  let out = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  const code = await exited(child);
  if (code !== 0) throw new Error(`casus ${args.join(' ')} exited with ${code}`);
  return JSON.parse(out) as BenchReport;
}
