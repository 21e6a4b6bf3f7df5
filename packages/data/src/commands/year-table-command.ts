/** The run both `casus dyads` and `casus stateyears` follow: parse, help, checks, the store, the write, the exit code. */
import { existsSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { writeOutput } from '../output-file.ts';
import { defaultDbPath } from '../paths.ts';
import { openStore } from '../store.ts';
import { type CommandIo, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from './io.ts';
import { parseCommand } from './parse.ts';
import {
  lacksMessage,
  parseAdditions,
  parseYearsAndOut,
  type YEAR_TABLE_OPTIONS,
  yearsOutsideSystem,
} from './year-table-args.ts';

export type YearTableValues = Record<string, string | boolean | undefined>;
type Years = { from: number; to: number };

/** What the store decided: the write's options, what it lacks for them, a refusal after the years check, and what the output adds. */
export interface YearTableWrite<O> {
  options: O;
  lacks: readonly string[];
  refusal?: string;
  json?: Record<string, unknown>;
  line?: string;
}

/** One command of the kind: its words, its additions and the steps that differ. */
export interface YearTableCommand<A extends string, P, O> {
  usage: string;
  help: string;
  /** What the rows are called in "wrote 15,951 state-years to ...". */
  rowsNoun: string;
  options: typeof YEAR_TABLE_OPTIONS & Record<string, { type: 'string' | 'boolean' }>;
  additions: readonly A[];
  /** Words after the unknown-addition message, given the unknown names. */
  unknownHint?: (unknown: readonly string[]) => string;
  /** The command's own checks before the store opens: what the store step needs, or why not. */
  check(values: YearTableValues, years: Years, additions: A[]): P | string;
  /** With the store open: the write's options and what they need. */
  plan(connection: DuckDBConnection, checked: P, years: Years): Promise<YearTableWrite<O>>;
  /** Writes the table to `file`; the number of rows. */
  write(connection: DuckDBConnection, options: O, file: string): Promise<number>;
}

/**
 * Runs a year-table command; 0 when written, 1 on bad input or missing data, 2 on an internal error.
 * @example await runYearTable(STATEYEARS, ['--years', '1816-2016', '--out', 's.csv'], processIo()) // 0
 */
export async function runYearTable<A extends string, P, O>(
  command: YearTableCommand<A, P, O>,
  args: readonly string[],
  io: CommandIo,
): Promise<number> {
  const parsed = parseCommand(args, command.options);
  const bad = (message: string) => {
    io.stderr.write(`${message}\n${command.usage}\n`);
    return EXIT_BAD_INPUT;
  };
  if (!parsed.ok) return bad(parsed.message);
  const v = parsed.values as YearTableValues;
  if (v.help) {
    io.stdout.write(`${command.help}\n`);
    return EXIT_OK;
  }
  const target = parseYearsAndOut(v);
  if (typeof target === 'string') return bad(target);
  const { years, out } = target;
  const additions = parseAdditions(String(v.with ?? ''), command.additions, command.unknownHint);
  if (typeof additions === 'string') return bad(additions);
  const checked = command.check(v, years, additions);
  if (typeof checked === 'string') return bad(checked);
  const dbPath = (v.db as string | undefined) ?? defaultDbPath(io.env);
  if (!existsSync(dbPath))
    return bad(`no database at ${dbPath}: run \`casus data import <dir>\` first`);
  const store = await openStore(dbPath, { readOnly: true });
  try {
    const plan = await command.plan(store.connection, checked, years);
    if (plan.lacks.length > 0) return bad(lacksMessage(plan.lacks));
    const outside = await yearsOutsideSystem(store.connection, years, dbPath);
    if (outside) return bad(outside);
    if (plan.refusal) return bad(plan.refusal);
    const started = performance.now();
    const rows = await writeOutput(out, (temp) =>
      command.write(store.connection, plan.options, temp),
    );
    const seconds = (performance.now() - started) / 1000;
    io.stdout.write(
      v.json
        ? `${JSON.stringify({ rows, out, seconds, ...plan.json })}\n`
        : `wrote ${rows.toLocaleString('en-US')} ${command.rowsNoun} to ${out} in ${seconds.toFixed(1)} s${plan.line ?? ''}\n`,
    );
    return EXIT_OK;
  } catch (error) {
    io.stderr.write(`internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_INTERNAL;
  } finally {
    store.close();
  }
}
