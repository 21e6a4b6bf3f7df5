/** The flags every simulation command shares: trials, seed, workers, interval width, reliability file. */
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
  --workers N       worker threads (default: all cores)
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
  // Decimal digits only (with _ separators or an exponent, as in 1e6): no "", "0x10" or " 5".
  const n = /^[0-9][0-9_]*(e[0-9]+)?$/i.test(text) ? Number(text.replaceAll('_', '')) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new UsageError(
      `--${name} must be an integer from ${min} to ${max.toLocaleString('en-US')}, got "${text}"`,
    );
  return n;
};

/** Reads the shared flags, throwing UsageError with the flag's name for bad values. */
export function readSimFlags(values: Record<string, unknown>, defaultTrials: number) {
  const width = values['ci-width'] as string | undefined;
  const ciWidth = width === undefined ? undefined : Number(width);
  if (ciWidth !== undefined && !(ciWidth > 0 && ciWidth < 1))
    throw new UsageError(`--ci-width must be between 0 and 1, got "${width}"`);
  return {
    trials: int(values.trials as string | undefined, 'trials', defaultTrials, 1, MAX_TRIALS),
    seed: int(values.seed as string | undefined, 'seed', 1, 0),
    workers:
      values.workers === undefined ? undefined : int(values.workers as string, 'workers', 1, 1),
    ciWidth,
    reliability: values.reliability as string | undefined,
    parameterDraws: values['no-parameter-draws'] !== true,
  };
}
