/** One line of `npm run bench`: a measured figure beside its target, compared as the target says. */

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The target in words, e.g. "< 50" or ">= 2000"; empty for figures reported without one. */
  target: string;
  ok: boolean;
}

/**
 * A bench row, rounded for reading, checked against an upper (`below`) or lower (`atLeast`) bound.
 * @example benchRow('findings for one event', 12.34, 'µs', { below: 50 }) // {value: 12.3, target: '< 50', ok: true, ...}
 */
export function benchRow(
  name: string,
  value: number,
  unit: string,
  bound: { below?: number; atLeast?: number } = {},
): BenchRow {
  const ok =
    (bound.below === undefined || value < bound.below) &&
    (bound.atLeast === undefined || value >= bound.atLeast);
  const target =
    bound.below !== undefined
      ? `< ${bound.below}`
      : bound.atLeast !== undefined
        ? `>= ${bound.atLeast}`
        : '';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return { name, value: Number(value.toFixed(digits)), unit, target, ok };
}
