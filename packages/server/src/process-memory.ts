/** The resident memory of a process, read from /proc, and a sampler that follows it through a load. */
import { readFileSync } from 'node:fs';

/**
 * The resident set of the process now, in MB, or undefined where there is no /proc (not Linux)
 * or no such process. VmRSS is in kB in /proc/PID/status, so no page size is assumed.
 * @example rssMb(child.pid) // 412.6
 */
export function rssMb(pid: number): number | undefined {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

/**
 * Samples the process's resident memory every `everyMs` until stopped; `stop` gives the samples
 * in order (none where there is no /proc).
 * @example const sampler = sampleRss(pid, 250); await load(); sampler.stop() // [402.1, 455.0, …]
 */
export function sampleRss(pid: number, everyMs: number): { stop(): number[] } {
  const samples: number[] = [];
  const take = () => {
    const mb = rssMb(pid);
    if (mb !== undefined) samples.push(mb);
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      take();
      return samples;
    },
  };
}
