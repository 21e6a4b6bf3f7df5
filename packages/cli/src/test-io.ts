/** Test helper: an Io that records what a command writes, and a way to run `casus` with it. */
import type { Io } from './command.ts';
import { main } from './main.ts';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `casus` in-process with buffered output.
 * @example const { code, stdout } = await runCasus(['agreements', '--json'])
 */
export async function runCasus(argv: string[]): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => {
      stdout += t.endsWith('\n') ? t : `${t}\n`;
    },
    stderr: (t) => {
      stderr += t.endsWith('\n') ? t : `${t}\n`;
    },
    interactive: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
