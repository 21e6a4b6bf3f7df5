/** Linear scales and tick values for the hand-drawn charts. */

/**
 * The smallest "nice" number (1, 2, 2.5 or 5 × 10^k) at or above `v`; 1 for zero or less.
 * @example niceMax(0.63) // 1 ; niceMax(7) // 10 ; niceMax(2.2) // 2.5
 */
export function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v - 1e-12) return m * p;
  return 10 * p;
}

/** Evenly spaced ticks from 0 to max inclusive. */
export const ticks = (max: number, count = 4): number[] =>
  Array.from({ length: count + 1 }, (_, i) => (max * i) / count);

/** A linear map from [0, max] to [from, to] (SVG y runs downwards, so from > to for a y axis). */
export const linear =
  (max: number, from: number, to: number) =>
  (v: number): number =>
    from + ((to - from) * v) / (max || 1);

/** Short numeric labels: 0.25, 12, 1.2k. */
export function formatTick(v: number): string {
  if (Math.abs(v) >= 1000) return `${(v / 1000).toFixed(1).replace(/\.0$/, '')}k`;
  if (Number.isInteger(v)) return String(v);
  return v.toFixed(2).replace(/0$/, '');
}
