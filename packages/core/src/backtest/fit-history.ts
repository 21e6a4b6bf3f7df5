/** The reliability model fitted to the backtest's tested cases, and scored out of sample against the base rate (leave-one-war-out and the 1945 time split). */
import { calibrationDiagram, splitDiagram } from '../analytics/calibration.ts';
import {
  type FitOptions,
  fitLogistic,
  type LogisticData,
  type LogisticFit,
} from '../analytics/logistic-fit.ts';
import { leaveOneGroupOut, type Period, timeSplit } from '../analytics/out-of-sample.ts';
import { type ReliabilityBin, reliabilityDiagram } from '../analytics/reliability-diagram.ts';
import { brierScore, logLoss } from '../analytics/scoring.ts';
import type { Calibration } from '../sim/fitted-calibration.ts';
import type { HistoryDesign } from './features.ts';

/** One model's out-of-sample scores on a set of cases. */
export interface Scores {
  logLoss: number;
  brier: number;
  diagram: ReliabilityBin[];
}

/** The fitted model and the base rate (and, leaving one war out, the hand-set model), scored on the same held-out cases. */
export interface Comparison {
  n: number;
  fitted: Scores;
  baseRate: Scores;
  /** The hand-set model's probabilities (never fitted to these cases, so out of sample by construction), when given. */
  handSet?: Scores | undefined;
}

export interface HistoryFit {
  /** The fit on every tested case: the coefficients to write down. */
  fit: LogisticFit;
  /** Leave-one-war-out probability per design row. */
  outOfSample: Float64Array;
  leaveOneWarOut: Comparison;
  /** Fit on `train`, score on `test`; features constant in the training years are left out of it. Null when either period has no case (e.g. --years 1945-2007). */
  timeSplit: (Comparison & { train: Period; test: Period; dropped: string[] }) | null;
}

export const TRAIN: Period = { from: 1816, to: 1944 };
export const TEST: Period = { from: 1945, to: 2007 };

const scores = (p: ArrayLike<number>, y: ArrayLike<number>): Scores => ({
  logLoss: logLoss(p, y),
  brier: brierScore(p, y),
  diagram: reliabilityDiagram(p, y, 'deciles'),
});

/** The data with only the columns named in `keep`. */
function columns(data: LogisticData, keep: readonly string[]): LogisticData {
  const at = keep.map((n) => data.names.indexOf(n));
  return { names: keep, x: data.x.map((r) => at.map((j) => r[j]!)), y: data.y };
}

/**
 * Fits honoured on the design, then scores the fitted model and the base rate (an intercept
 * alone, fitted on the same training cases) out of sample, leaving one war out and splitting at
 * 1945; `handSet`, one probability per design row, is scored beside them on the same cases.
 * @example fitHistory(historyDesign(cases, sources)).leaveOneWarOut.fitted.logLoss
 */
export function fitHistory(
  design: HistoryDesign,
  options: FitOptions = {},
  handSet?: ArrayLike<number>,
): HistoryFit {
  const { data, wars, years } = design;
  const base = columns(data, []);
  const outOfSample = leaveOneGroupOut(data, wars, options);
  const lowoBase = leaveOneGroupOut(base, wars, options);
  return {
    fit: fitLogistic(data, options),
    outOfSample,
    leaveOneWarOut: {
      n: data.y.length,
      fitted: scores(outOfSample, data.y),
      baseRate: scores(lowoBase, data.y),
      ...(handSet ? { handSet: scores(handSet, data.y) } : {}),
    },
    timeSplit: splitAt1945(data, years, options),
  };
}

function splitAt1945(
  data: LogisticData,
  years: readonly number[],
  options: FitOptions,
): HistoryFit['timeSplit'] {
  const within = (p: Period) => data.x.filter((_, i) => years[i]! >= p.from && years[i]! <= p.to);
  const inTrain = within(TRAIN);
  if (inTrain.length === 0 || within(TEST).length === 0) return null;
  const kept = data.names.filter((_, j) => new Set(inTrain.map((r) => r[j])).size > 1);
  const split = timeSplit(columns(data, kept), years, TRAIN, TEST, options);
  const splitBase = timeSplit(columns(data, []), years, TRAIN, TEST, options);
  const yTest = split.cases.map((i) => data.y[i]!);
  return {
    n: yTest.length,
    train: TRAIN,
    test: TEST,
    dropped: data.names.filter((n) => !kept.includes(n)),
    fitted: scores(split.p, yTest),
    baseRate: scores(splitBase.p, yTest),
  };
}

/**
 * The out-of-sample reliability diagrams of a history fit, as the fitted file keeps them.
 * @example historyCalibration(fitHistory(design)).leaveOneWarOut.n === design.data.y.length
 */
export function historyCalibration(fit: HistoryFit): Calibration {
  const split = fit.timeSplit;
  return {
    binning: 'deciles',
    leaveOneWarOut: calibrationDiagram(fit.leaveOneWarOut.fitted.diagram),
    timeSplit: split && splitDiagram(split.fitted.diagram, split.train, split.test),
  };
}
