/** A fitted model's out-of-sample calibration as written in its file: the reliability diagrams of the leave-one-war-out and time-split forecasts (analytics/calibration.ts makes them from a fit). */
import { z } from 'zod';

const unit = z.number().min(0).max(1);

/** One group of forecasts: the range of its forecasts, its size, mean forecast and observed rate. */
const Bin = z
  .object({ from: unit, to: unit, n: z.number().int().positive(), predicted: unit, observed: unit })
  .strict();
export type CalibrationBin = z.infer<typeof Bin>;

const Years = z.object({ from: z.number().int(), to: z.number().int() }).strict();

/** A diagram's bins, ordered by forecast, each the mean of forecasts inside its range. */
const Diagram = z.object({ n: z.number().int().positive(), bins: z.array(Bin).min(1) }).strict();
export type CalibrationDiagram = z.infer<typeof Diagram>;

export const Calibration = z
  .object({
    /** Hosmer & Lemeshow's deciles of risk (analytics/reliability-diagram.ts). */
    binning: z.literal('deciles'),
    /** Every tested case, forecast by the fit on every other war: n is the fit's n. */
    leaveOneWarOut: Diagram,
    /** The test period's cases, forecast by the fit on the training period; null when the years asked lack either period. */
    timeSplit: Diagram.extend({ train: Years, test: Years }).strict().nullable(),
  })
  .strict();
export type Calibration = z.infer<typeof Calibration>;

/** A fitted file's calibration as the CLI and the server read it: the file, its hash (as answers stamp it), its fit command. */
export const ModelCalibration = z
  .object({
    file: z.string().min(1),
    sha256: z.string().min(1),
    command: z.string().min(1),
    calibration: Calibration,
  })
  .strict();
export type ModelCalibration = z.infer<typeof ModelCalibration>;

type Issue = (path: (string | number)[], message: string) => void;

/**
 * A diagram's bins must be ordered and add up: each bin's range ascending and after the previous
 * bin's, its mean forecast inside its range, its observed rate a whole number of its cases, and
 * the counts summing to the diagram's n.
 */
export function checkDiagram(d: CalibrationDiagram, path: (string | number)[], issue: Issue): void {
  d.bins.forEach((b, i) => {
    const at = [...path, 'bins', i];
    if (b.from > b.to) issue([...at, 'to'], `at least the bin's from (${b.from})`);
    const before = d.bins[i - 1];
    if (before && b.from < before.to)
      issue([...at, 'from'], `at least the previous bin's to (${before.to}): bins ordered`);
    if (b.predicted < b.from - 1e-12 || b.predicted > b.to + 1e-12)
      issue([...at, 'predicted'], `the mean forecast, within ${b.from}–${b.to}`);
    const events = b.observed * b.n;
    if (Math.abs(events - Math.round(events)) > 1e-6)
      issue([...at, 'observed'], `a whole number of the bin's ${b.n} cases over ${b.n}`);
  });
  const sum = d.bins.reduce((s, b) => s + b.n, 0);
  if (sum !== d.n) issue([...path, 'bins'], `bins whose n sum to ${d.n}, not ${sum}`);
}
