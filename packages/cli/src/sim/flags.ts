/** The flags every simulation command shares: trials, seed, workers, interval width, reliability file. */
import { availableParallelism } from 'node:os';
import { UsageError } from '../command.ts';

export const simFlags = {
  trials: { type: 'string' },
  seed: { type: 'string' },
  workers: { type: 'string' },
  'ci-width': { type: 'string' },
  reliability: { type: 'string' },
  'no-parameter-draws': { type: 'boolean' },
} as const;

export const simUsage = `  --trials N        trials per scenario (the maximum with --ci-width)
  --seed S          seed (same seed, same answer, for any --workers)
  --workers N       worker threads (default and most: the cores this process may use)
  --ci-width W      stop once every reported probability's 95% interval is at most W wide
                    (a paired difference's is then at most about 2W)
  --reliability F   reliability model, fitted or hand-set (default
                    library/models/reliability-fitted.yaml; library/models/reliability.yaml is
                    the hand-set one)
  --no-parameter-draws  under a fitted model, use the estimates in every block instead of
                    drawing the coefficients once per block (no model interval)`;

/** The most trials per scenario the CLI runs: beyond it the task list alone outgrows memory. */
export const MAX_TRIALS = 100_000_000;

const int = (
  text: string | undefined,
  name: string,
  fallback: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number => {
  if (text === undefined) return fallback;
  // Plain decimal digits only: "1e3", "1_000", "0x10" or " 5" are more likely slips than intent.
  const n = /^[0-9]+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new UsageError(
      `--${name} must be an integer from ${min} to ${max.toLocaleString('en-US')} in plain digits (e.g. ${Math.max(min, 10)}), got "${text}"`,
    );
  return n;
};

/**
 * --workers, at most the cores this process may use: more threads only add memory (each holds the
 * world), and the answer is the same for any number of workers. `warn` hears when it was capped.
 */
function workersOf(text: string | undefined, warn: (text: string) => void): number | undefined {
  if (text === undefined) return undefined;
  const asked = int(text, 'workers', 1, 1);
  const cores = availableParallelism();
  if (asked <= cores) return asked;
  warn(`--workers ${asked}: capped at ${cores}, the cores this machine gives the process`);
  return cores;
}

/**
 * Reads the shared flags, throwing UsageError with the flag's name for bad values; `warn` hears
 * what was adjusted (a --workers above the cores).
 * @example readSimFlags({ trials: '1000', workers: '10000' }, 10, io.stderr).workers // 2 on two cores
 */
export function readSimFlags(
  values: Record<string, unknown>,
  defaultTrials: number,
  warn: (text: string) => void,
) {
  const width = values['ci-width'] as string | undefined;
  const ciWidth = width === undefined ? undefined : Number(width);
  if (ciWidth !== undefined && !(ciWidth > 0 && ciWidth < 1))
    throw new UsageError(`--ci-width must be between 0 and 1, got "${width}"`);
  return {
    trials: int(values.trials as string | undefined, 'trials', defaultTrials, 1, MAX_TRIALS),
    seed: int(values.seed as string | undefined, 'seed', 1, 0),
    workers: workersOf(values.workers as string | undefined, warn),
    ciWidth,
    reliability: values.reliability as string | undefined,
    parameterDraws: values['no-parameter-draws'] !== true,
  };
}
