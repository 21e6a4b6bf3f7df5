/** The shape every `casus` command has: a name, help text, and a run function that returns an exit code. */

/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal, so progress bars are worth drawing. */
  interactive: boolean;
}

/** Exit codes that mean something: 0 answered, 1 bad input, 2 internal error. */
export const EXIT = { ok: 0, badInput: 1, internal: 2 } as const;

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: Io): Promise<number>;
}

/** Thrown for bad command-line usage; main prints it with the command's usage and exits 1. */
export class UsageError extends Error {}
