/** A fit's fitted reliability file: its coefficients with what each multiplies, how it was run and on what data. */
import type { Calibration } from '../sim/fitted-calibration.ts';
import type { FittedReliability } from '../sim/reliability-fitted.ts';
import type { LogisticFit } from './logistic-fit.ts';

/** What the fit itself does not know: how it was run, on what, and what each feature means. */
export interface FitProvenance {
  command: string;
  data: FittedReliability['fit']['data'];
  /** For every coefficient name, including "intercept", what it multiplies. */
  terms: Readonly<Record<string, string>>;
  without?: readonly string[];
  compared?: FittedReliability['fit']['compared'];
  assumptions?: FittedReliability['assumptions'];
  /** The hand-set file's declaratory group, carried over whole: the fit cannot inform it. */
  declaratory?: FittedReliability['declaratory'];
}

/**
 * The file's contents for a fit, refusing a coefficient whose meaning is not stated.
 * @example fittedReliability(fit, {command: 'casus fit', data: [...], terms: {...}}, historyCalibration(historyFit))
 */
export function fittedReliability(
  fit: LogisticFit,
  provenance: FitProvenance,
  calibration: Calibration,
): FittedReliability {
  const missing = fit.coefficients.filter((c) => !provenance.terms[c.name]).map((c) => c.name);
  if (missing.length)
    throw new RangeError(`say what these coefficients multiply: ${missing.join(', ')}`);
  return {
    version: 1,
    form: 'logistic-fitted',
    fit: {
      command: provenance.command,
      n: fit.n,
      events: fit.events,
      logLikelihood: fit.logLikelihood,
      ridge: fit.ridge,
      ...(provenance.without?.length ? { without: [...provenance.without] } : {}),
      data: provenance.data,
      ...(provenance.compared ? { compared: provenance.compared } : {}),
    },
    coefficients: fit.coefficients.map(({ name, estimate, se, n }) => ({
      name,
      term: provenance.terms[name]!,
      estimate,
      se,
      n,
    })),
    covariance: fit.covariance,
    assumptions: provenance.assumptions ?? {},
    ...(provenance.declaratory ? { declaratory: provenance.declaratory } : {}),
    calibration,
  };
}
