/** The reliability fit on a backtest's result: the design from the store's data, the fit and its out-of-sample scores, the fitted file and each case's out-of-sample p. */
import {
  type BacktestCase,
  cincIndex,
  FEATURE_TERMS,
  type FeatureName,
  FitError,
  type FittedReliability,
  fitHistory,
  fittedAssumptions,
  fittedReliability,
  type HistoryDesign,
  type HistoryFit,
  historyCalibration,
  historyDesign,
  INTERCEPT,
  type ReliabilityParams,
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

/** The hand-set model the fit is compared with and takes its assumptions from. */
export interface HandSet {
  params: ReliabilityParams;
  /** As written in the file (library/models/reliability.yaml). */
  file: string;
  sha256: string;
}

export interface FittedRunOptions {
  command: string;
  ridge: number;
  /** Features left out of the fit (`casus fit --without democracy,capabilityChange`). */
  without?: readonly FeatureName[];
  /** With the cases' p its probabilities: scored beside the fit, and the source of the file's assumptions. */
  handSet?: HandSet | undefined;
}

/** The hand-set probability of every design row, or undefined when a case has none. */
function handSetP(cases: readonly BacktestCase[], design: HistoryDesign): number[] | undefined {
  const p = design.rows.map((r) => cases[r]!.p);
  return p.every((x) => x !== null) ? (p as number[]) : undefined;
}

function compared(fit: HistoryFit, handSet: HandSet): FittedReliability['fit']['compared'] {
  const c = fit.leaveOneWarOut;
  if (!c.handSet) return undefined;
  const triple = (k: 'logLoss' | 'brier') => ({
    fitted: c.fitted[k],
    handSet: c.handSet![k],
    baseRate: c.baseRate[k],
  });
  return {
    scheme: 'leave one war out',
    n: c.n,
    handSet: { file: handSet.file, sha256: handSet.sha256 },
    logLoss: triple('logLoss'),
    brier: triple('brier'),
  };
}

/**
 * Fits the reliability model to a backtest's tested cases and writes down the fit; a design with
 * no finite estimate (separation, say, in a few years' cases) is bad input, not a crash. With
 * `handSet` (and the cases' p its probabilities) the hand-set model is scored beside the fit and
 * its assumptions written into the file.
 * @example fittedRun(result.cases, data, fitData, {command: 'casus fit', ridge: 0}).file.coefficients
 */
export function fittedRun(
  cases: readonly BacktestCase[],
  data: BacktestData,
  extra: FitData,
  options: FittedRunOptions,
): FittedRun {
  const design = historyDesign(
    cases,
    {
      wars: data.input.wars,
      memberships: data.input.memberships,
      capitals: data.input.capitals,
      cinc: cincIndex(data.input.cinc),
      majors: extra.majors,
      depth: extra.depth,
      democracy: extra.democracy,
    },
    options.without,
  );
  const handSet = options.handSet;
  const fit = (() => {
    try {
      return fitHistory(design, { ridge: options.ridge }, handSet && handSetP(cases, design));
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
  // The democracy table feeds only the democracy feature: a fit without it did not use it.
  const unused = design.without.includes('democracy') ? 'democracy' : undefined;
  for (const m of [...data.manifest, ...extra.manifest].filter((m) => m.dataset !== unused))
    seen.set(`${m.dataset}|${m.sha256}`, {
      dataset: m.dataset,
      version: m.version,
      sha256: m.sha256,
    });
  const terms: Record<string, string> = {
    [INTERCEPT]: `log-odds of honouring a defence pledge, bilateral, before 1945, by a minor power${design.data.names.includes('democracy') ? ' with democracy 0' : ''}, at zero distance and equal capability, without institutions`,
    ...Object.fromEntries(design.data.names.map((n) => [n, FEATURE_TERMS[n as FeatureName]])),
  };
  const file = fittedReliability(
    fit.fit,
    {
      command: options.command,
      data: [...seen.values()],
      terms,
      without: design.without,
      ...(handSet
        ? {
            compared: compared(fit, handSet),
            assumptions: fittedAssumptions(handSet.params, handSet.file),
            declaratory: handSet.params.declaratory,
          }
        : {}),
    },
    historyCalibration(fit),
  );
  const p = new Map(design.rows.map((row, i) => [row, round4(fit.outOfSample[i]!)]));
  return { design, fit, file, cases: cases.map((c, i) => ({ ...c, p: p.get(i) ?? null })) };
}
