/** A compare job's progress in words: trials done of the total and seconds elapsed and left, from the first second. */

/** What the job was asked to run: trials per scenario and architecture, over how many of each. */
export interface Plan {
  trials: number;
  scenarios: number;
  architectures: number;
}

const count = (n: number) => Math.round(n).toLocaleString('en-US');

/** “7 s”, “2 min 05 s”, “1 h 47 min”. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/**
 * The server reports blocks of trials done of its total; the line says trials. Before the first
 * report (the job's threads are still preparing the runs) it says so, with the planned total.
 * @example progressText({done: 10, total: 100, etaSeconds: 42}, {trials: 1000, scenarios: 12, architectures: 2}, 3)
 * // '2,400 of 24,000 trials (12 scenarios × 2 architectures × 1,000 trials) · 3 s elapsed · about 42 s left'
 */
export function progressText(
  p: { done: number; total: number; etaSeconds?: number | null | undefined },
  plan: Plan,
  elapsedSeconds: number,
): string {
  const all = plan.trials * plan.scenarios * plan.architectures;
  const done = p.total > 0 ? (p.done / p.total) * all : 0;
  const what = `${count(done)} of ${count(all)} trials (${plan.scenarios} scenarios × ${plan.architectures} architectures × ${count(plan.trials)} trials)`;
  const left =
    p.total === 0
      ? 'preparing the runs'
      : p.etaSeconds == null
        ? 'estimating the time left'
        : `about ${duration(p.etaSeconds)} left`;
  return `${what} · ${duration(elapsedSeconds)} elapsed · ${left}`;
}

/**
 * The final line: what was run, in words.
 * @example doneText({battery: ['a', 'b'], architectures: ['x'], trials: 500, seed: 1}, 4)
 * // 'Done: 2 scenarios under 1 architecture, 500 trials each (1,000 trials, seed 1) in 4 s.'
 */
export function doneText(result: unknown, elapsedSeconds: number | undefined): string {
  const r = result as {
    battery?: unknown[];
    architectures?: unknown[];
    trials?: number;
    seed?: number;
  };
  const scenarios = r?.battery?.length ?? 0;
  const architectures = r?.architectures?.length ?? 0;
  const trials = r?.trials ?? 0;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const took = elapsedSeconds === undefined ? '' : ` in ${duration(elapsedSeconds)}`;
  const seed = r?.seed === undefined ? '' : `, seed ${r.seed}`;
  return `Done: ${plural(scenarios, 'scenario')} under ${plural(architectures, 'architecture')}, ${count(trials)} trials each (${count(trials * scenarios * architectures)} trials${seed})${took}.`;
}
