/** Out-of-sample forecasts: every case predicted by a fit that never saw it, leaving out one group (a war) or a period at a time. */
import { FitError } from './fit-checks.ts';
import {
  type FitOptions,
  fitLogistic,
  type LogisticData,
  type LogisticFit,
  predictLogistic,
} from './logistic-fit.ts';

/** The cases at `indices`, in that order. */
const subset = (data: LogisticData, indices: readonly number[]): LogisticData => ({
  names: data.names,
  x: indices.map((i) => data.x[i]!),
  y: indices.map((i) => data.y[i]!),
});

/** Refits without the held-out cases, saying which they were if the fit fails. */
function fitWithout(data: LogisticData, train: number[], what: string, options: FitOptions) {
  try {
    return fitLogistic(subset(data, train), options);
  } catch (e) {
    if (e instanceof FitError) throw new FitError(e.code, `fitting without ${what}: ${e.message}`);
    throw e;
  }
}

/**
 * Leave-one-group-out forecasts: for each group (a war, so that its allies' decisions, which
 * are not independent, never inform their own forecast), fit on every other group and predict
 * the group's cases (Stone 1974, J. R. Stat. Soc. B 36(2):111–147, on cross-validatory
 * assessment). Returns one probability per case, in the cases' order.
 * @example leaveOneGroupOut(data, cases.map((c) => c.war)) // p for every case, out of sample
 */
export function leaveOneGroupOut(
  data: LogisticData,
  groups: readonly (string | number)[],
  options: FitOptions = {},
): Float64Array {
  if (groups.length !== data.y.length)
    throw new RangeError(`${groups.length} group labels but ${data.y.length} cases`);
  const members = new Map<string | number, number[]>();
  groups.forEach((g, i) => {
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  });
  if (members.size < 2) throw new RangeError('leaving one group out needs at least two groups');
  const p = new Float64Array(data.y.length);
  for (const [g, held] of members) {
    const train = groups.flatMap((h, i) => (h === g ? [] : [i]));
    const fit = fitWithout(data, train, `group ${g}`, options);
    for (const i of held) p[i] = predictLogistic(fit, data.x[i]!);
  }
  return p;
}

/** An inclusive range of years. */
export interface Period {
  from: number;
  to: number;
}

export interface SplitForecast {
  /** The fit on the training period. */
  fit: LogisticFit;
  /** Indices of the cases in the test period, in the cases' order. */
  cases: number[];
  /** The forecast for each of those cases. */
  p: Float64Array;
}

/**
 * A time split: fit on the cases of one period and predict those of another, as a forecaster
 * standing at the end of the first would have (e.g. fit on 1816–1944, test on 1945–2007).
 * @example timeSplit(data, years, {from: 1816, to: 1944}, {from: 1945, to: 2007}).p
 */
export function timeSplit(
  data: LogisticData,
  years: readonly number[],
  train: Period,
  test: Period,
  options: FitOptions = {},
): SplitForecast {
  if (years.length !== data.y.length)
    throw new RangeError(`${years.length} years but ${data.y.length} cases`);
  if (train.from <= test.to && test.from <= train.to)
    throw new RangeError(
      `the periods ${train.from}–${train.to} and ${test.from}–${test.to} overlap`,
    );
  const within = (p: Period) => years.flatMap((y, i) => (y >= p.from && y <= p.to ? [i] : []));
  const trainCases = within(train);
  const cases = within(test);
  const fit = fitWithout(data, trainCases, `the cases outside ${train.from}–${train.to}`, options);
  return { fit, cases, p: Float64Array.from(cases, (i) => predictLogistic(fit, data.x[i]!)) };
}
