/** Beside the server's comparison: the reliability file every answer used, and the calibration of the fitted model (its own, or labelled as not used). */
import { calibrationNote, usedReliabilityLine } from '@casus/core';
import { ReliabilityDiagram } from '../charts/ReliabilityDiagram.tsx';
import type { FittedCalibration } from './use-fitted-calibration.ts';

export function CalibrationPanel({ used, fitted, error }: FittedCalibration) {
  if (!used) return null;
  const note = fitted === undefined ? undefined : calibrationNote(used, fitted);
  return (
    <section aria-labelledby="calibration-title" data-testid="calibration">
      <h4 id="calibration-title">Reliability model and its calibration</h4>
      <p data-testid="reliability-used">{usedReliabilityLine(used)}</p>
      {error && <p role="alert">The calibration could not be read: {error}</p>}
      {note && (
        <>
          <p data-testid="calibration-shown" data-of-used-model={note.ofUsedModel}>
            {note.shown} Each dot is a decile of the out-of-sample forecasts, its area in proportion
            to its cases, its whisker the 95% interval of the observed share; a calibrated model's
            dots lie on the diagonal.
          </p>
          <div className="charts calibration-charts">
            {note.charts.map((c, i) => (
              <ReliabilityDiagram key={c.title} chart={c} testId={`calibration-chart-${i}`} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
