/** One-at-a-time sensitivity: each parameter at its low and its high with the others at their point values, and the tornado of the swings. */
import type { Estimate } from '../sim/intervals.ts';
import type { ModelParameter } from '../sim/model-parameters.ts';

/** One run of the design: the parameter values it sets (none for the point run). */
export interface Setting {
  parameter?: string | undefined;
  side?: 'low' | 'high' | undefined;
  values: Record<string, number>;
}

/**
 * The point run, then each parameter at its low and at its high: 1 + 2k runs, in that order.
 * @example oatSettings(params).length // 1 + 2 * params.length
 */
export function oatSettings(params: readonly ModelParameter[]): Setting[] {
  return [
    { values: {} },
    ...params.flatMap((p): Setting[] => [
      { parameter: p.name, side: 'low', values: { [p.name]: p.low } },
      { parameter: p.name, side: 'high', values: { [p.name]: p.high } },
    ]),
  ];
}

/** One bar of the tornado: the measure with the parameter at its low and at its high. */
export interface TornadoRow {
  parameter: string;
  kind: ModelParameter['kind'];
  range: string;
  point: number;
  low: number;
  high: number;
  /** The measure with the parameter at low and at high (95% Monte Carlo intervals). */
  atLow: Estimate;
  atHigh: Estimate;
  /** atHigh − atLow, with the 95% interval of the paired difference (both ran on the same random numbers). */
  swing: Estimate;
}

/**
 * The tornado: one row per parameter, sorted by |swing|, largest first (ties by name).
 * `measure(i)` is the measure of run i of `oatSettings(params)`, `swing(j)` parameter j's paired
 * high − low.
 * @example tornadoRows(params, (i) => estimates[i], (j) => swings[j])[0].parameter // the widest bar
 */
export function tornadoRows(
  params: readonly ModelParameter[],
  measure: (run: number) => Estimate,
  swing: (parameter: number) => Estimate,
): TornadoRow[] {
  const rows = params.map(
    (p, j): TornadoRow => ({
      parameter: p.name,
      kind: p.kind,
      range: p.range,
      point: p.point,
      low: p.low,
      high: p.high,
      atLow: measure(1 + 2 * j),
      atHigh: measure(2 + 2 * j),
      swing: swing(j),
    }),
  );
  return rows.sort(
    (a, b) =>
      Math.abs(b.swing.value) - Math.abs(a.swing.value) || a.parameter.localeCompare(b.parameter),
  );
}
