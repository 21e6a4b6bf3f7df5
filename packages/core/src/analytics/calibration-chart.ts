/** What a reliability-diagram chart needs from a fitted file's calibration, and what to say beside it about the reliability file an answer used; shared by the HTML report and the web. */

import type {
  Calibration,
  CalibrationDiagram,
  ModelCalibration,
} from '../sim/fitted-calibration.ts';
import { wilson } from '../sim/intervals.ts';

/** One decile as a point: x the mean forecast, y the observed rate with its Wilson 95% interval. */
export interface CalibrationPoint {
  x: number;
  y: number;
  low: number;
  high: number;
  n: number;
  /** Radius relative to the largest bin's (√(n / max n)), so a point's area is proportional to its cases. */
  radius: number;
  /** The point in words, for a tooltip. */
  label: string;
}

export interface CalibrationChart {
  title: string;
  /** Cases in the diagram. */
  n: number;
  points: CalibrationPoint[];
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * The chart of one diagram; both axes run over [0, 1] and the diagonal y = x is perfect calibration.
 * @example calibrationChart(file.calibration.leaveOneWarOut, 'leave one war out').points.length // 10
 */
export function calibrationChart(d: CalibrationDiagram, title: string): CalibrationChart {
  const largest = Math.max(...d.bins.map((b) => b.n));
  return {
    title,
    n: d.n,
    points: d.bins.map((b) => {
      const interval = wilson(Math.round(b.observed * b.n), b.n);
      return {
        x: b.predicted,
        y: b.observed,
        low: interval.low,
        high: interval.high,
        n: b.n,
        radius: Math.sqrt(b.n / largest),
        label: `${b.n} cases forecast ${b.from.toFixed(3)}–${b.to.toFixed(3)}: mean forecast ${pct(b.predicted)}, observed ${pct(b.observed)} (95% ${pct(interval.low)}–${pct(interval.high)})`,
      };
    }),
  };
}

/**
 * Both diagrams of a calibration, leave-one-war-out first.
 * @example calibrationCharts(file.calibration).map((c) => c.title)
 */
export function calibrationCharts(c: Calibration): CalibrationChart[] {
  const split = c.timeSplit;
  return [
    calibrationChart(
      c.leaveOneWarOut,
      `Leave one war out: ${c.leaveOneWarOut.n} cases, each forecast by the fit on every other war`,
    ),
    ...(split
      ? [
          calibrationChart(
            split,
            `Time split: fit on ${split.train.from}–${split.train.to}, forecast ${split.n} cases of ${split.test.from}–${split.test.to}`,
          ),
        ]
      : []),
  ];
}

/** The reliability file an answer used, as its model stamp names it. */
export interface UsedReliability {
  file: string;
  sha256: string;
  form: string;
}

/**
 * The line naming the reliability file every answer used.
 * @example usedReliabilityLine(answer.model.reliability) // 'Every answer used the reliability file …'
 */
export const usedReliabilityLine = (used: UsedReliability) =>
  `Every answer used the reliability file ${used.file} (sha256 ${used.sha256}): ${used.form}.`;

export interface CalibrationNote {
  /** Whether the diagrams shown are those of the model the answer used. */
  ofUsedModel: boolean;
  /** The line naming the file the answer used. */
  used: string;
  /** What the diagrams are, or where to find them. */
  shown: string;
  charts: CalibrationChart[];
}

/**
 * What to say about an answer's reliability file and which calibration to show: the used file's
 * own when it is the fitted one (same hash), else the fitted file's labelled as not the one used,
 * or, without a fitted file, how to write one.
 * @example calibrationNote(answer.model.reliability, calibrationOfServer).shown
 */
export function calibrationNote(
  used: UsedReliability,
  fitted: ModelCalibration | null,
): CalibrationNote {
  const usedLine = usedReliabilityLine(used);
  if (fitted && fitted.sha256 === used.sha256)
    return {
      ofUsedModel: true,
      used: usedLine,
      shown: `Out-of-sample calibration of this fitted model (written by ${fitted.command}).`,
      charts: calibrationCharts(fitted.calibration),
    };
  const handSet = `This model (${used.file}) was set by hand, not fitted to history, so it has no out-of-sample calibration.`;
  if (!fitted)
    return {
      ofUsedModel: false,
      used: usedLine,
      shown: `${handSet} casus fit --out library/models/reliability-fitted.yaml writes the fitted model's (docs/backtest.md).`,
      charts: [],
    };
  return {
    ofUsedModel: false,
    used: usedLine,
    shown: `${handSet} The diagrams below are those of the fitted model ${fitted.file} (sha256 ${fitted.sha256}), which these answers did not use.`,
    charts: calibrationCharts(fitted.calibration),
  };
}

/** A chart laid out in pixels: what an SVG needs, whichever surface draws it. */
export interface CalibrationLayout {
  width: number;
  height: number;
  /** The plot area's corners: [0, 0] at (left, bottom), [1, 1] at (right, top). */
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Shared by both axes. */
  ticks: { value: number; label: string; x: number; y: number }[];
  points: (CalibrationPoint & { cx: number; cy: number; r: number; y1: number; y2: number })[];
}

/** The largest point's radius, in pixels. */
const MAX_RADIUS = 7;

/**
 * Pixel positions for a `size` × `size` chart with room for the axis labels; the diagonal runs from (left, bottom) to (right, top).
 * @example layoutCalibration(calibrationChart(d, 'leave one war out'), 280).points[0].cx
 */
export function layoutCalibration(chart: CalibrationChart, size: number): CalibrationLayout {
  const left = 58;
  const right = size - 20;
  const top = 12;
  const bottom = size - 36;
  const px = (v: number) => left + v * (right - left);
  const py = (v: number) => bottom - v * (bottom - top);
  return {
    width: size,
    height: size,
    left,
    right,
    top,
    bottom,
    ticks: [0, 0.25, 0.5, 0.75, 1].map((v) => ({
      value: v,
      label: `${v * 100}%`,
      x: px(v),
      y: py(v),
    })),
    points: chart.points.map((p) => ({
      ...p,
      cx: px(p.x),
      cy: py(p.y),
      r: Math.max(2, p.radius * MAX_RADIUS),
      y1: py(p.low),
      y2: py(p.high),
    })),
  };
}
