/** The CPU time a process has used, user and system, read from /proc: the bench's view of its server child and of itself. */
import { readFileSync } from 'node:fs';

/** Linux counts /proc times in clock ticks of 1/100 s (USER_HZ, 100 on every Linux Node supports; an assumption, not read from sysconf). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds the process has used so far (user and system, all its threads), or undefined where
 * there is no /proc (not Linux) or no such process.
 * @example cpuSeconds(child.pid) // 12.37
 */
export function cpuSeconds(pid: number): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name, in parentheses, may hold spaces: the fields are counted after its ")".
  // After it come state (field 3) … utime (14) and stime (15), so utime is the 12th here.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}
