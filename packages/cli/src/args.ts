/** Command-line flags via node:util parseArgs, with --help and --json handled the same way everywhere. */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { explainParseError } from '@casus/data';
import { InputError, UsageError } from './command.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses argv strictly; unknown flags, and more than `maxPositionals` plain arguments, become a
 * UsageError naming the flag or argument.
 * @example parseFlags(['--json'], {}).values.json // true
 */
export function parseFlags<O extends Options>(
  argv: string[],
  options: O,
  maxPositionals = Number.POSITIVE_INFINITY,
) {
  const parsed = parseStrictly(argv, options);
  const extra = parsed.positionals[maxPositionals];
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  return parsed;
}

function parseStrictly<O extends Options>(argv: string[], options: O) {
  const all = {
    help: { type: 'boolean', short: 'h' },
    json: { type: 'boolean' },
    ...options,
  } as const;
  try {
    return parseArgs({ args: argv, options: all, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(explainParseError(error, all));
  }
}

/**
 * A flag that takes one of a few words, or undefined when it is absent; anything else is bad input
 * naming the flag and the words it takes.
 * @example parseChoice('--unstated', 'unmet', ['met', 'unmet']) // 'unmet'
 */
export function parseChoice<const C extends string>(
  flag: string,
  text: string | undefined,
  choices: readonly C[],
): C | undefined {
  if (text === undefined || (choices as readonly string[]).includes(text)) return text as C;
  throw new InputError([
    {
      code: 'invalid_value',
      severity: 'error',
      file: flag,
      pointer: '',
      message: `"${text}" is neither ${choices.join(' nor ')}`,
      expected: choices.join(' or '),
    },
  ]);
}
