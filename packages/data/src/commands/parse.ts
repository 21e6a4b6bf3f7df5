/** Argument parsing shared by the data commands and the CLI: node:util parseArgs, with errors as plain messages, not throws. */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { didYouMean, suggest } from '@casus/core/suggest';

type Options = NonNullable<ParseArgsConfig['options']>;

export type Parsed = ReturnType<typeof parseArgs<{ options: Options; allowPositionals: true }>>;

/**
 * A parseArgs error in plain words: an unknown option is named with the nearest known one.
 * @example explainParseError(error, {directed: {type: 'boolean'}}) // 'unknown option --dirceted; did you mean "--directed"?'
 */
export function explainParseError(error: unknown, options: Options): string {
  const { code, message } = error as { code?: string; message: string };
  const flag = /'(-{1,2}[^' ]+)'/.exec(message)?.[1];
  if (code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || !flag) return message;
  const hint = didYouMean(
    suggest(
      flag,
      Object.keys(options).map((k) => `--${k}`),
    ),
  );
  return `unknown option ${flag}${hint ? `; ${hint}` : ''}`;
}

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
    return { ok: false, message: explainParseError(error, options) };
  }
}
