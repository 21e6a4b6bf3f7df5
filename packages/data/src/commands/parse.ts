/** Argument parsing shared by the data commands: node:util parseArgs, with errors as messages, not throws. */
import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export type Parsed = ReturnType<typeof parseArgs<{ options: Options; allowPositionals: true }>>;

/**
 * Parses `args` strictly; returns the parse or the message explaining what is wrong.
 * @example parseCommand(['--json'], { json: { type: 'boolean' } }) // {ok: true, values: {json: true}, positionals: []}
 */
export function parseCommand(
  args: readonly string[],
  options: Options,
): { ok: true; values: Parsed['values']; positionals: string[] } | { ok: false; message: string } {
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { ok: true, values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
