/** The flags every simulation command shares: trials, seed, workers, interval width, reliability file. */
import { UsageError } from '../command.ts';

export const simFlags = {
  trials: { type: 'string' },
  seed: { type: 'string' },
  workers: { type: 'string' },
  'ci-width': { type: 'string' },
  reliability: { type: 'string' },
} as const;

export const simUsage = `  --trials N        trials per scenario (the maximum with --ci-width)
  --seed S          seed (same seed, same answer, for any --workers)
  --workers N       worker threads (default: all cores)
  --ci-width W      stop once every reported probability's 95% interval is at most W wide
  --reliability F   reliability parameters (default library/models/reliability.yaml)`;

const int = (text: string | undefined, name: string, fallback: number, min: number): number => {
  if (text === undefined) return fallback;
  const n = Number(text.replaceAll('_', ''));
  if (!Number.isSafeInteger(n) || n < min)
    throw new UsageError(`--${name} must be an integer ≥ ${min}, got "${text}"`);
  return n;
};

/** Reads the shared flags, throwing UsageError with the flag's name for bad values. */
export function readSimFlags(values: Record<string, unknown>, defaultTrials: number) {
  const width = values['ci-width'] as string | undefined;
  const ciWidth = width === undefined ? undefined : Number(width);
  if (ciWidth !== undefined && !(ciWidth > 0 && ciWidth < 1))
    throw new UsageError(`--ci-width must be between 0 and 1, got "${width}"`);
  return {
    trials: int(values.trials as string | undefined, 'trials', defaultTrials, 1),
    seed: int(values.seed as string | undefined, 'seed', 1, 0),
    workers:
      values.workers === undefined ? undefined : int(values.workers as string, 'workers', 1, 1),
    ciWidth,
    reliability: values.reliability as string | undefined,
  };
}
