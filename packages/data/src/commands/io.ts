/** What a command handler gets to talk to the user, and the exit codes it returns. */

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CommandIo {
  stdout: OutputStream;
  stderr: OutputStream;
  env?: Record<string, string | undefined>;
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_INTERNAL = 2;

/** The process's own streams and environment, for the CLI. */
export const processIo = (): CommandIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
