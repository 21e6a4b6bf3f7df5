/** The casus binary as a process of its own, so a figure covers that process alone, start to exit. */
import { type ChildProcess, type StdioOptions, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

/** The process's peak resident memory so far (Linux VmHWM), in MB; undefined once it has gone. */
function peakMb(pid: number | undefined): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Seconds from spawning `casus ARGS` (its output thrown away) to its exit, and its peak memory
 * (VmHWM read every 20 ms, the last reading before exit: a peak can only grow). A failure throws
 * with what it wrote to stderr, so a broken command is never timed as a fast one.
 * @example (await measureCasus(['dyads', '--years', '2000', '--out', 'd.csv'])).peakMb // about 150
 */
export async function measureCasus(
  args: string[],
): Promise<{ seconds: number; peakMb: number | undefined }> {
  const started = performance.now();
  const child = spawnCasus(args, ['ignore', 'ignore', 'pipe']);
  let err = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  let peak: number | undefined;
  const sampler = setInterval(() => {
    peak = peakMb(child.pid) ?? peak;
  }, 20);
  const code = await exited(child).finally(() => clearInterval(sampler));
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`casus ${args.join(' ')} exited with ${code}\n${err}`);
  return { seconds, peakMb: peak };
}

/**
 * Seconds from spawning `casus ARGS` to its exit (see measureCasus).
 * @example await timeCasus(['compare', '--trials', '1000', '--json']) // about 3
 */
export async function timeCasus(args: string[]): Promise<number> {
  return (await measureCasus(args)).seconds;
}
