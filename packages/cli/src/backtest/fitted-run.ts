/** The reliability fit on a backtest's result: the design from the store's data, the fit and its out-of-sample scores, the fitted file and each case's out-of-sample p. */
import {
  type BacktestCase,
  cincIndex,
  FEATURE_TERMS,
  type FeatureName,
  FitError,
  type FittedReliability,
  fitHistory,
  fittedReliability,
  type HistoryDesign,
  type HistoryFit,
  historyCalibration,
  historyDesign,
  INTERCEPT,
} from '@casus/core';
import type { BacktestData, FitData } from '@casus/data';
import { InputError } from '../command.ts';

export interface FittedRun {
  design: HistoryDesign;
  fit: HistoryFit;
  file: FittedReliability;
  /** The cases with p the leave-one-war-out probability (null for a case not in the design). */
  cases: BacktestCase[];
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * Fits the reliability model to a backtest's tested cases and writes down the fit; a design with
 * no finite estimate (separation, say, in a few years' cases) is bad input, not a crash.
 * @example fittedRun(result.cases, data, fitData, {command: 'casus fit', ridge: 0}).file.coefficients
 */
export function fittedRun(
  cases: readonly BacktestCase[],
  data: BacktestData,
  extra: FitData,
  options: { command: string; ridge: number },
): FittedRun {
  const design = historyDesign(cases, {
    wars: data.input.wars,
    memberships: data.input.memberships,
    capitals: data.input.capitals,
    cinc: cincIndex(data.input.cinc),
    majors: extra.majors,
    depth: extra.depth,
    democracy: extra.democracy,
  });
  const fit = (() => {
    try {
      return fitHistory(design, { ridge: options.ridge });
    } catch (e) {
      if (!(e instanceof FitError)) throw e;
      throw new InputError([
        {
          code: 'invalid_value',
          severity: 'error',
          file: '--years',
          pointer: '',
          message: `the cases have no finite fit: ${e.message}`,
          expected: 'cases the logistic fit can estimate',
          hint: 'widen --years, or casus fit --ridge 1',
        },
      ]);
    }
  })();
  const seen = new Map<string, FittedReliability['fit']['data'][number]>();
  for (const m of [...data.manifest, ...extra.manifest])
    seen.set(`${m.dataset}|${m.sha256}`, {
      dataset: m.dataset,
      version: m.version,
      sha256: m.sha256,
    });
  const terms: Record<string, string> = {
    [INTERCEPT]:
      'log-odds of honouring a defence pledge, bilateral, before 1945, by a minor power with democracy 0, at zero distance and equal capability, without institutions',
    ...Object.fromEntries(design.data.names.map((n) => [n, FEATURE_TERMS[n as FeatureName]])),
  };
  const file = fittedReliability(
    fit.fit,
    { command: options.command, data: [...seen.values()], terms },
    historyCalibration(fit),
  );
  const p = new Map(design.rows.map((row, i) => [row, round4(fit.outOfSample[i]!)]));
  return { design, fit, file, cases: cases.map((c, i) => ({ ...c, p: p.get(i) ?? null })) };
}
