/** The casus binary as a process of its own, so a figure covers that process alone, start to exit. */
import { type ChildProcess, type StdioOptions, spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** The repository root: the binary runs from here, as `npm run bench` runs it. */
export const repoDir = resolve(import.meta.dirname, '..', '..', '..', '..');

/**
 * Starts `node packages/cli/bin/casus.js ARGS` from the repository root.
 * @example spawnCasus(['compare', '--json'], ['ignore', 'ignore', 'inherit'])
 */
export function spawnCasus(args: string[], stdio: StdioOptions): ChildProcess {
  return spawn(process.execPath, [resolve(repoDir, 'packages/cli/bin/casus.js'), ...args], {
    cwd: repoDir,
    stdio,
  });
}

/** Resolves with the exit code (or the signal's name) once the process has exited. */
export function exited(child: ChildProcess): Promise<number | string> {
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('close', (code, signal) => done(code ?? signal ?? 'unknown'));
  });
}

/**
 * Seconds from spawning `casus ARGS` (its output thrown away) to its exit; a failure throws with
 * what it wrote to stderr, so a broken command is never timed as a fast one.
 * @example await timeCasus(['compare', '--trials', '1000', '--json']) // about 3
 */
export async function timeCasus(args: string[]): Promise<number> {
  const started = performance.now();
  const child = spawnCasus(args, ['ignore', 'ignore', 'pipe']);
  let err = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  const code = await exited(child);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`casus ${args.join(' ')} exited with ${code}\n${err}`);
  return seconds;
}
