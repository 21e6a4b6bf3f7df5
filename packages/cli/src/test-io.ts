/** Test helper: an Io that records what a command writes, and a way to run `casus` with it. */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
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

/** The repository root, where the binary runs from in tests. */
export const repoRoot = resolve(import.meta.dirname, '..', '..', '..');

/**
 * Runs the real `casus` binary in a child process, for exit codes and output as a user sees them.
 * @example runBinary(['validate', 'library']).status // 0
 */
export function runBinary(argv: string[]): SpawnSyncReturns<string> {
  return spawnSync('node', ['packages/cli/bin/casus.js', ...argv], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 120_000,
  });
}
