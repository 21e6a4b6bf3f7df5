/** The shape every `casus` command has: a name, help text, and a run function that returns an exit code. */
import type { Issue } from '@casus/core';

/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal, so progress bars are worth drawing. */
  interactive: boolean;
  /** The raw process streams, for handlers that draw progress bars; absent in tests. */
  streams?: { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream } | undefined;
}

/** Exit codes that mean something: 0 answered, 1 bad input, 2 internal error. */
export const EXIT = { ok: 0, badInput: 1, internal: 2 } as const;

export interface Command {
  name: string;
  usage: string;
  run(argv: string[], io: Io): Promise<number>;
}

/** Thrown for bad command-line usage; main prints it with the command's usage and exits 1. */
export class UsageError extends Error {}

/**
 * Thrown for bad input that is not a usage mistake (an unknown architecture, a bad date):
 * main prints each issue as the library's validator would and exits 1, without the usage text.
 */
export class InputError extends Error {
  constructor(readonly issues: Issue[]) {
    super(issues.map((i) => i.message).join('; '));
  }
}

/**
 * The issue of bad input in one flag's value, with what was expected and, when given, what to do.
 * @example flagIssue('--states', 'no actors given', 'a comma-separated list')
 */
export const flagIssue = (
  flag: string,
  message: string,
  expected: string,
  hint?: string,
): Issue => ({
  code: 'invalid_value',
  severity: 'error',
  file: flag,
  pointer: '',
  message,
  expected,
  ...(hint ? { hint } : {}),
});

/**
 * Bad input in one flag's value, with what was expected and, when given, what to do.
 * @example throw flagError('--seed', '"x" is not a seed', 'a whole number ≥ 0, e.g. 7')
 */
export const flagError = (flag: string, message: string, expected: string, hint?: string) =>
  new InputError([flagIssue(flag, message, expected, hint)]);
