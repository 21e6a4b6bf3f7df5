/** The full comparison timed as a user runs it: `casus compare` in a process of its own, from spawn to exit. */
import { type BenchRow, benchRow } from '@casus/core';
import { timeCasus } from './casus-process.ts';

/**
 * Wall time of `casus compare --trials N --seed 1 --json > /dev/null` (the default battery and
 * architectures): Node and tsx starting, the library loading, every cascade compiled, the
 * trials, the JSON written.
 * @example (await timeWholeCompare({trials: 1000})).unit // 's'
 */
export async function timeWholeCompare(options: { trials?: number } = {}): Promise<BenchRow> {
  const args = ['compare', '--trials', String(options.trials ?? 100_000), '--seed', '1', '--json'];
  const seconds = await timeCasus(args);
  return benchRow(
    `full comparison as a user runs it: casus ${args.join(' ')} > /dev/null (whole process, spawn to exit)`,
    seconds,
    's',
    { below: 60 },
  );
}
