/** A fit's out-of-sample reliability diagrams in the form the fitted file keeps (sim/fitted-calibration.ts). */
import type { Calibration, CalibrationDiagram } from '../sim/fitted-calibration.ts';
import type { Period } from './out-of-sample.ts';
import type { ReliabilityBin } from './reliability-diagram.ts';

/**
 * The file's form of a reliability diagram, leaving out empty bins (which deciles have only when
 * there are fewer cases than bins).
 * @example calibrationDiagram(fit.leaveOneWarOut.fitted.diagram).bins.length // 10
 */
export function calibrationDiagram(bins: readonly ReliabilityBin[]): CalibrationDiagram {
  const kept = bins.filter((b) => b.n > 0);
  return {
    n: kept.reduce((s, b) => s + b.n, 0),
    bins: kept.map((b) => ({
      from: b.lo,
      to: b.hi,
      n: b.n,
      predicted: b.predicted,
      observed: b.events / b.n,
    })),
  };
}

/** The time split's diagram with its periods. */
export const splitDiagram = (
  bins: readonly ReliabilityBin[],
  train: Period,
  test: Period,
): NonNullable<Calibration['timeSplit']> => ({
  train: { from: train.from, to: train.to },
  test: { from: test.from, to: test.to },
  ...calibrationDiagram(bins),
});
