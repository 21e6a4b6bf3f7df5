/**
 * Parameter uncertainty: under a fitted reliability model each block of trials draws its own
 * coefficients from the fit's sampling distribution, N(β̂, Σ), on a stream of (seed, block), and
 * recomputes each fitted edge's probability from its feature row, kept in typed
 * arrays so that workers need nothing else.
 */
import { choleskyLower, drawCoefficients } from './coefficient-draws.ts';
import type { FittedRow } from './fitted-probability.ts';
import type { FittedReliability } from './reliability-fitted.ts';
import { forkStream, mix32 } from './rng.ts';

/** What a block needs to draw coefficients and turn them into edge probabilities. */
export interface ParameterDraws {
  /** β̂, one per coefficient. */
  mean: Float64Array;
  /** Σ's lower Cholesky factor, row-major k × k (all 0 for a covariance of zeros). */
  lower: Float64Array;
  /** Per edge, its k features (intercept 1); rows of edges the fit does not give are 0. */
  features: Float64Array;
  /** Per edge, the assumed log-odds shifts (response, dormant, kind). */
  offset: Float64Array;
  /** Per edge, 1 if its probability is logistic(offset + x·β), 0 if it is fixed (a constrained clause). */
  drawn: Uint8Array;
}

/**
 * The draws of a scenario's edges under a fitted model; rows[e] undefined for a fixed edge.
 * @example parameterDraws(model, prepared.edges.map((e) => rowOf(e)))
 */
export function parameterDraws(
  m: FittedReliability,
  rows: readonly (FittedRow | undefined)[],
): ParameterDraws {
  const k = m.coefficients.length;
  const features = new Float64Array(rows.length * k);
  for (const [e, r] of rows.entries()) if (r) features.set(r.x, e * k);
  return {
    mean: Float64Array.from(m.coefficients, (c) => c.estimate),
    lower: choleskyLower(m.covariance),
    features,
    offset: Float64Array.from(rows, (r) => r?.offset ?? 0),
    drawn: Uint8Array.from(rows, (r) => (r ? 1 : 0)),
  };
}

/** True when the covariance is all zeros: every draw would be β̂, so there is nothing to draw. */
export const drawsVary = (d: ParameterDraws): boolean => d.lower.some((v) => v !== 0);

/**
 * The edge probabilities of one block: fixed edges keep `base`, fitted ones get logistic(offset +
 * x·β) with β drawn on the stream of (seed, block). The coefficients are one world's, unknown:
 * block b of every scenario and every architecture draws the same β, so a battery total or a
 * paired difference read block by block moves with the draw as one answer would (keyed by
 * scenario too, the draws would average out over the battery and understate its spread).
 * @example blockEdgeP(sim.draws, sim.cascade.edgeP, 7, 0)
 */
export function blockEdgeP(
  d: ParameterDraws,
  base: Float64Array,
  seed: number,
  block: number,
): Float64Array {
  const k = d.mean.length;
  const beta = drawCoefficients(
    d.mean,
    d.lower,
    forkStream(seed, mix32(block + 1)),
    new Float64Array(k),
  );
  const p = base.slice();
  for (let e = 0; e < p.length; e++) {
    if (d.drawn[e] === 0) continue;
    let eta = d.offset[e]!;
    for (let j = 0; j < k; j++) eta += d.features[e * k + j]! * beta[j]!;
    p[e] = 1 / (1 + Math.exp(-eta));
  }
  return p;
}
