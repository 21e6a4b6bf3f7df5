/** `casus fit`: the reliability model fitted to the backtest's tested cases, scored out of sample against the base rate, and written as a fitted reliability file. */

import {
  backtestCsv,
  type Comparison,
  FEATURE_NAMES,
  type FeatureName,
  formatFittedReliability,
  runBacktest,
  TEST,
  TRAIN,
} from '@casus/core';
import { writeOutputText } from '@casus/data';
import { parseFlags } from '../args.ts';
import { fittedRun } from '../backtest/fitted-run.ts';
import { readHistoryStore } from '../backtest/history-store.ts';
import { parseLateEntry, parseYears } from '../backtest/years.ts';
import { type Command, EXIT, flagError } from '../command.ts';
import { unstatedOption } from '../history.ts';
import { assertWritable } from '../output-file.ts';
import { table } from '../render/table.ts';
import { handSetContextOrExit } from '../sim/context.ts';

const usage = `Usage: casus fit [--out library/models/reliability-fitted.yaml] [--json] [options]

Runs the backtest (casus backtest), then fits a logistic regression of honoured on the features
every tested case has (obligation type, after 1945, multilateral, COW major power, V-Dem
democracy, distance between the capitals, log CINC ratio against the partner's opponents and
its change since the pledge was signed, ATOP depth) and scores it out of sample against the
base rate and the hand-set model (library/models/reliability.yaml, never fitted to these
cases): leaving one war out, and fitting on ${TRAIN.from}–${TRAIN.to} to forecast ${TEST.from}–${TEST.to} (log-loss, Brier
score, reliability diagram in deciles). The simulation's default model is the file this writes,
fitted --without democracy,capabilityChange (Casus has no present-day democracy scores, and its
present-day capability proxy has no history); docs/simulation.md.
  --out FILE             write the fitted reliability file (estimate, se, n, data, this command,
                         the three scores, the hand-set file's assumptions for the terms history
                         cannot inform, and the out-of-sample reliability diagrams under calibration)
  --without NAME[,NAME]  leave features out of the fit (${FEATURE_NAMES.join(', ')})
  --cases FILE           every backtest case as CSV, p the leave-one-war-out probability
  --json                 {header, coefficients, compared, leaveOneWarOut, timeSplit}
  --ridge LAMBDA         L2 penalty on the feature coefficients (default 0, maximum likelihood)
  --db FILE              the research-data store (default $CASUS_DB or ~/.local/share/casus);
                         it needs atop and cow-wars; cow-capitals, cow-nmc, cow-majors and
                         democracy add the distance, capability, major-power, democracy features
  --years FROM-TO, --unstated met|unmet, --late-entry DAYS   as casus backtest
Exit codes: 0 fitted, 1 bad input (or no store, or no finite fit), 2 internal error.`;

function parseRidge(text: string | undefined): number {
  const ridge = Number(text ?? '0');
  if (!Number.isFinite(ridge) || ridge < 0)
    throw flagError('--ridge', `--ridge ${text} is not a penalty`, 'a number ≥ 0, e.g. 1');
  return ridge;
}

function parseWithout(text: string | undefined): FeatureName[] {
  const names = (text ?? '').split(',').filter(Boolean);
  const unknown = names.filter((n) => !(FEATURE_NAMES as readonly string[]).includes(n));
  if (unknown.length)
    throw flagError(
      '--without',
      `--without ${unknown.join(',')}: no such feature`,
      `feature names separated by commas, from ${FEATURE_NAMES.join(', ')}; e.g. democracy`,
    );
  return names as FeatureName[];
}

const f4 = (x: number) => x.toFixed(4);

const scoreRows = (label: string, c: Comparison) => [
  [`${label}: fitted`, String(c.n), f4(c.fitted.logLoss), f4(c.fitted.brier)],
  ...(c.handSet
    ? [[`${label}: hand-set`, String(c.n), f4(c.handSet.logLoss), f4(c.handSet.brier)]]
    : []),
  [`${label}: base rate`, String(c.n), f4(c.baseRate.logLoss), f4(c.baseRate.brier)],
];

export const fitCommand: Command = {
  name: 'fit',
  usage,
  async run(argv, io) {
    const { values } = parseFlags(
      argv,
      {
        out: { type: 'string' },
        cases: { type: 'string' },
        ridge: { type: 'string' },
        without: { type: 'string' },
        db: { type: 'string' },
        years: { type: 'string' },
        unstated: { type: 'string' },
        'late-entry': { type: 'string' },
      },
      0,
    );
    const years = parseYears(values.years);
    const lateEntryDays = parseLateEntry(values['late-entry']);
    const unstated = unstatedOption(values).unstatedConditions ?? 'met';
    const ridge = parseRidge(values.ridge);
    const without = parseWithout(values.without);
    if (values.out) assertWritable(values.out, '--out');
    if (values.cases) assertWritable(values.cases, '--cases');
    const ctx = handSetContextOrExit(io, undefined);
    if (!ctx) return EXIT.badInput;
    const { data, extra } = await readHistoryStore(values.db, ctx.library, true);
    const result = runBacktest(data.input, {
      years,
      unstatedConditions: unstated,
      lateEntryDays,
      params: ctx.params,
    });
    const command = ['casus fit', ...argv].join(' ');
    const handSet = { params: ctx.params, file: ctx.paramsFile, sha256: ctx.paramsHash };
    const run = fittedRun(result.cases, data, extra, { command, ridge, without, handSet });
    const { design, fit, file } = run;
    if (values.out) await writeOutputText(values.out, formatFittedReliability(file));
    if (values.cases) await writeOutputText(values.cases, backtestCsv(run.cases));
    const header = {
      command,
      years,
      ridge,
      n: design.data.y.length,
      honoured: fit.fit.events,
      omitted: design.omitted,
      dropped: design.dropped,
      without: design.without,
      data: file.fit.data,
    };
    if (values.json) {
      io.stdout(
        JSON.stringify(
          {
            header,
            coefficients: file.coefficients,
            compared: file.fit.compared,
            leaveOneWarOut: fit.leaveOneWarOut,
            timeSplit: fit.timeSplit,
          },
          null,
          2,
        ),
      );
      return EXIT.ok;
    }
    const diagram = fit.leaveOneWarOut.fitted.diagram.map((b) => [
      `${f4(b.lo)}–${f4(b.hi)}`,
      String(b.n),
      f4(b.predicted),
      `${f4(b.observed.value)} (${f4(b.observed.low)}–${f4(b.observed.high)})`,
    ]);
    io.stdout(
      [
        `reliability fit on ${header.n} tested cases (${header.honoured} honoured), ${years.from}-${years.to}; ridge ${ridge}`,
        `left out: ${design.omitted.capital} cases without both capitals, ${design.omitted.capability} without CINC scores, ${design.omitted.capabilityChange} without the signature year's, ${design.omitted.democracy} without a democracy score; features constant in every case: ${design.dropped.join(', ') || 'none'}; features left out (--without): ${design.without.join(', ') || 'none'}`,
        '',
        table(
          ['coefficient', 'estimate', 'se', 'n'],
          file.coefficients.map((c) => [c.name, f4(c.estimate), f4(c.se), String(c.n)]),
        ),
        '',
        table(
          ['out of sample', 'cases', 'log-loss', 'Brier'],
          [
            ...scoreRows('leave one war out', fit.leaveOneWarOut),
            ...(fit.timeSplit
              ? scoreRows(
                  `fit ${TRAIN.from}–${TRAIN.to}, test ${TEST.from}–${TEST.to}`,
                  fit.timeSplit,
                )
              : []),
          ],
        ),
        !fit.timeSplit
          ? `(no time split: the years asked have no case in ${TRAIN.from}–${TRAIN.to} or none in ${TEST.from}–${TEST.to})`
          : fit.timeSplit.dropped.length
            ? `(the time split leaves out ${fit.timeSplit.dropped.join(', ')}: the same in every training case)`
            : '',
        '',
        'reliability diagram, leave one war out (deciles of the forecast):',
        table(['forecast range', 'cases', 'mean forecast', 'observed (95% Wilson)'], diagram),
      ].join('\n'),
    );
    return EXIT.ok;
  },
};
