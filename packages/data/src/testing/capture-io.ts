/** A command's output captured for test assertions. */
import type { CommandIo } from '../commands/io.ts';

/**
 * An io whose stdout and stderr collect into `out`.
 * @example const { io, out } = captureIo(); await runDyads(['--help'], io); out.stdout
 */
export const captureIo = () => {
  const out = { stdout: '', stderr: '' };
  const io: CommandIo = {
    stdout: { write: (t: string) => (out.stdout += t) },
    stderr: { write: (t: string) => (out.stderr += t) },
    env: {},
  };
  return { io, out };
};
