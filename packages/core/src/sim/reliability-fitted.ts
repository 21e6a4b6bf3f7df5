/** The fitted reliability file (library/models/reliability-fitted.yaml): a logistic fit to history, written and read back with located errors; analytics/fit-file.ts makes one from a fit. */
import { Document, isMap, isSeq } from 'yaml';
import { z } from 'zod';
import type { Result } from '../model/issues.ts';
import { validate } from '../model/schema-issues.ts';
import { parseYaml } from '../model/yaml-source.ts';
import { DeclaratoryParams } from './declaratory-params.ts';
import { Calibration, checkDiagram } from './fitted-calibration.ts';

/** The name of the fit's constant term, first among the coefficients. */
export const INTERCEPT = 'intercept';

const Term = z
  .object({
    name: z.string().min(1),
    /** What the coefficient multiplies, with its unit ("per 1,000 km from capital to war"). */
    term: z.string().min(1),
    estimate: z.number(),
    se: z.number().nonnegative(),
    /** Cases whose feature is non-zero: how many cases inform the coefficient. */
    n: z.number().int().nonnegative(),
  })
  .strict();

/** A dataset the fit read, with the version (and, where known, the file's sha256) it read. */
const DataVersion = z
  .object({ dataset: z.string().min(1), version: z.string().min(1), sha256: z.string().optional() })
  .strict();

/** One score of the fitted model, the hand-set model and the base rate on the same cases. */
const ScoreTriple = z
  .object({ fitted: z.number(), handSet: z.number(), baseRate: z.number() })
  .strict();

/**
 * The fit against the hand-set model (named by file and sha256) and the base rate, leaving one war
 * out: whether the fitted file predicts better out of sample, the test for making it the default.
 */
const Compared = z
  .object({
    scheme: z.literal('leave one war out'),
    n: z.number().int().positive(),
    handSet: z.object({ file: z.string().min(1), sha256: z.string().min(1) }).strict(),
    logLoss: ScoreTriple,
    brier: ScoreTriple,
  })
  .strict();

/** A term the history cannot inform, kept as a labelled judgement as in reliability.yaml. */
const Assumption = z.object({ value: z.number(), source: z.string().min(1) }).strict();

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

type Shape = {
  fit: { n: number };
  coefficients: { name: string; se: number }[];
  covariance: number[][];
  calibration: Calibration;
};

/** The parts must agree: names unique, intercept first, Σ symmetric with se² on its diagonal, every case of the fit in the leave-one-war-out diagram. */
function checkConsistent(m: Shape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  const { leaveOneWarOut, timeSplit } = m.calibration;
  if (leaveOneWarOut.n !== m.fit.n)
    issue(['calibration', 'leaveOneWarOut', 'n'], `the fit's n, ${m.fit.n}`);
  checkDiagram(leaveOneWarOut, ['calibration', 'leaveOneWarOut'], issue);
  if (timeSplit) checkDiagram(timeSplit, ['calibration', 'timeSplit'], issue);
  const k = m.coefficients.length;
  if (m.coefficients[0]?.name !== INTERCEPT)
    issue(['coefficients', 0, 'name'], `the first coefficient is "${INTERCEPT}"`);
  const names = m.coefficients.map((c) => c.name);
  names.forEach((name, j) => {
    if (names.indexOf(name) !== j) issue(['coefficients', j, 'name'], 'a name used once');
  });
  if (m.covariance.length !== k || m.covariance.some((row) => row.length !== k)) {
    issue(['covariance'], `a ${k} × ${k} matrix, one row per coefficient`);
    return;
  }
  for (let a = 0; a < k; a++)
    for (let b = 0; b < k; b++) {
      const v = m.covariance[a]![b]!;
      if (a === b && !close(v, m.coefficients[a]!.se ** 2))
        issue(['covariance', a, b], `the square of coefficient ${a}'s se`);
      if (a !== b && !close(v, m.covariance[b]![a]!))
        issue(['covariance', a, b], `equal to entry [${b}][${a}] (symmetric)`);
    }
}

export const FittedReliability = z
  .object({
    version: z.literal(1),
    form: z.literal('logistic-fitted'),
    fit: z
      .object({
        /** The command that wrote this file, so anyone can rerun it. */
        command: z.string().min(1),
        n: z.number().int().positive(),
        events: z.number().int().nonnegative(),
        logLikelihood: z.number(),
        ridge: z.number().nonnegative(),
        /** Features left out on purpose (`casus fit --without`): democracy, which the simulation cannot compute. */
        without: z.array(z.string().min(1)).optional(),
        data: z.array(DataVersion).min(1),
        compared: Compared.optional(),
      })
      .strict(),
    coefficients: z.array(Term).min(1),
    /** Covariance of the estimates, one row per coefficient in their order: for parameter draws. */
    covariance: z.array(z.array(z.number())),
    assumptions: z.record(z.string(), Assumption).default({}),
    /** The hand-set file's declaratory group, copied by `casus fit`: policies with an elicited prior. */
    declaratory: DeclaratoryParams.optional(),
    /** The out-of-sample reliability diagrams, for every surface that shows the model's calibration. */
    calibration: Calibration,
  })
  .strict()
  .superRefine(checkConsistent);
export type FittedReliability = z.infer<typeof FittedReliability>;

const HEADER = [
  ' Casus fitted reliability model: P(an obligor honours an invoked obligation), fitted to history:',
  '   logit(p) = intercept + Σ estimate × term',
  ' Written by the command under fit.command: rerun it rather than edit this file. Each coefficient',
  ' has its maximum-likelihood estimate, standard error and the number of cases that inform it;',
  ' covariance is for drawing the coefficients (parameter uncertainty). Terms under assumptions are',
  ' judgements the history cannot inform, labelled as in reliability.yaml. calibration holds the',
  ' out-of-sample reliability diagrams (deciles of the forecast: range, cases, mean forecast, observed).',
].join('\n');

/**
 * The YAML text of a fitted model, with a header and each covariance row and diagram bin on one line;
 * numbers keep full precision, so parsing the text gives the same model back.
 * @example formatFittedReliability(fittedReliability(fit, provenance))
 */
export function formatFittedReliability(model: FittedReliability): string {
  const doc = new Document(model);
  doc.commentBefore = HEADER;
  const covariance = doc.get('covariance');
  if (isSeq(covariance)) for (const row of covariance.items) if (isSeq(row)) row.flow = true;
  for (const diagram of ['leaveOneWarOut', 'timeSplit']) {
    const bins = doc.getIn(['calibration', diagram, 'bins']);
    if (isSeq(bins)) for (const bin of bins.items) if (isMap(bin)) bin.flow = true;
  }
  return doc.toString({ lineWidth: 0 });
}

/**
 * Parses a fitted reliability file; every problem comes back as an issue with file, line and column.
 * @example parseFittedReliability(text, 'library/models/reliability-fitted.yaml').ok
 */
export function parseFittedReliability(text: string, file: string): Result<FittedReliability> {
  const { source, issues } = parseYaml(text, file);
  if (!source) return { ok: false, issues };
  return validate(FittedReliability, source.value, file, source);
}
