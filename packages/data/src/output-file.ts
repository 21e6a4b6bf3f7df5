/** Output files written whole or not at all: built under a temporary name beside the target, renamed over it on success, removed on failure and on SIGINT/SIGTERM. */
import { closeSync, existsSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isAlive } from './store-lock.ts';

/** Temporaries being written now; a signal removes them before the process ends. */
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
  for (const s of SIGNALS) process.off(s, onSignal);
  // With no other listener, re-raise so the process ends as it would have (killed by the signal);
  // a command with its own handler (serve) keeps deciding for itself.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function track(temp: string): void {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  pending.add(temp);
}

function untrack(temp: string): void {
  pending.delete(temp);
  if (pending.size === 0) for (const s of SIGNALS) process.off(s, onSignal);
}

/**
 * The temporary name beside `target`: hidden, and ending like the target, because writers such as
 * DuckDB's COPY choose the compression by the ending (.csv.gz).
 * @example tempOutputPath('out/dyads.csv.gz', 41) // 'out/.tmp-41-dyads.csv.gz'
 */
export const tempOutputPath = (target: string, pid = process.pid): string =>
  join(dirname(target), `.tmp-${pid}-${basename(target)}`);

/**
 * A process killed outright (SIGKILL, a crash) leaves its temporary behind: the next write of the
 * same target removes those whose process is gone, and leaves a live writer's alone.
 */
function removeStaleTemps(target: string): void {
  const dir = dirname(target);
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir)) {
    const m = /^\.tmp-(\d+)-(.+)$/.exec(entry);
    const pid = Number(m?.[1]);
    if (m?.[2] === basename(target) && pid !== process.pid && !isAlive(pid))
      rmSync(join(dir, entry), { force: true });
  }
}

/**
 * Runs `write` on a temporary path beside `target`, then renames it over `target` (atomic on one
 * file system). If `write` throws or the process gets SIGINT/SIGTERM, the temporary is removed and
 * `target`, new or existing, is as it was.
 * @example await writeOutput('dyads.csv', (temp) => connection.run(`COPY ... TO '${temp}'`));
 */
export async function writeOutput<T>(
  target: string,
  write: (tempPath: string) => Promise<T>,
): Promise<T> {
  removeStaleTemps(target);
  const temp = tempOutputPath(target);
  track(temp);
  try {
    const result = await write(temp);
    await rename(temp, target);
    return result;
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    untrack(temp);
  }
}

/**
 * Writes `text` to `target` whole or not at all.
 * @example await writeOutputText('report.html', renderReport(data));
 */
export const writeOutputText = (target: string, text: string): Promise<void> =>
  writeOutput(target, (temp) => writeFile(temp, text));

/**
 * Why `target` cannot be written as an output, checked before any work so a long run does not end
 * in a failed write; undefined when it can. It creates and removes a probe file, because the
 * permission bits alone say yes for root even in /proc.
 * @example whyUnwritable('/proc/x') // 'cannot create a file in /proc'
 */
export function whyUnwritable(target: string): string | undefined {
  const full = resolve(target);
  const dir = dirname(full);
  if (existsSync(full) && !statSync(full).isFile())
    return `${target} is ${statSync(full).isDirectory() ? 'a folder' : 'not a regular file'}`;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return `there is no folder ${dir}`;
  const probe = tempOutputPath(full);
  try {
    closeSync(openSync(probe, 'wx'));
    rmSync(probe, { force: true });
    return undefined;
  } catch {
    return `cannot create a file in ${dir}`;
  }
}
