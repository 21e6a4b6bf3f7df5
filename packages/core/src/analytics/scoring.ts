/** Proper scores for probability forecasts of 0/1 outcomes: log-loss and the Brier score. */

function checkPairs(p: ArrayLike<number>, y: ArrayLike<number>): void {
  if (p.length !== y.length) throw new RangeError(`${p.length} forecasts but ${y.length} outcomes`);
  if (p.length === 0) throw new RangeError('no forecasts to score');
  for (let i = 0; i < p.length; i++) {
    if (!(p[i]! >= 0 && p[i]! <= 1))
      throw new RangeError(`forecast ${i} is ${p[i]}, not in [0, 1]`);
    if (y[i] !== 0 && y[i] !== 1) throw new RangeError(`outcome ${i} is ${y[i]}, expected 0 or 1`);
  }
}

/**
 * Mean log-loss −(1/n)·Σ[y·ln p + (1 − y)·ln(1 − p)] in nats, the logarithmic score (Good 1952,
 * J. R. Stat. Soc. B 14(1):107–114); lower is better, and ln 2 ≈ 0.693 is a coin's. A forecast of
 * exactly 0 or 1 that misses scores Infinity: no clipping hides a certain forecast that was wrong.
 * @example logLoss([0.8, 0.3], [1, 0]) // (−ln 0.8 − ln 0.7) / 2 ≈ 0.290
 */
export function logLoss(p: ArrayLike<number>, y: ArrayLike<number>): number {
  checkPairs(p, y);
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const q = y[i] === 1 ? p[i]! : 1 - p[i]!;
    sum -= q === 1 ? 0 : Math.log(q);
  }
  return sum / p.length;
}

/**
 * Brier score (1/n)·Σ(p − y)² (Brier 1950, Monthly Weather Review 78(1):1–3; half his sum over
 * both categories, the usual form for a binary event); lower is better, 0.25 is a coin's.
 * @example brierScore([0.8, 0.3], [1, 0]) // (0.04 + 0.09) / 2 = 0.065
 */
export function brierScore(p: ArrayLike<number>, y: ArrayLike<number>): number {
  checkPairs(p, y);
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += (p[i]! - y[i]!) ** 2;
  return sum / p.length;
}
