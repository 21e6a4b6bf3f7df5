/** `casus compare BATTERY`: deterrence, entanglement and escalation per scenario and architecture, with a coverage matrix. */

import {
  BLOCK_SIZE,
  type CompareRow,
  type CoverageCell,
  coverStrength,
  decisionLines,
  defaultArchitectures,
  formatIssue,
  MEASURE_HEADINGS,
  num,
  overridesOver,
  parameterSources,
  pct,
  renderCompareReport,
  reportNames,
  sourceSummary,
  strongestCovers,
} from '@casus/core';
import { writeOutputText } from '@casus/data';
import { compareArchitectures, readModelCalibration } from '@casus/runner';
import { parseFlags } from '../args.ts';
import { BASING_USAGE, basingFlags } from '../basing-flag.ts';
import { type Command, EXIT, UsageError } from '../command.ts';
import { COUNTERSTRIKE_USAGE, counterstrikeFlags } from '../counterstrike-flag.ts';
import { DECIDE_USAGE, decideFlags, decideOption } from '../decide-flag.ts';
import { resolveArchitecture } from '../library-files.ts';
import { assertWritable } from '../output-file.ts';
import { PROJECTION_USAGE, projectionFlags } from '../projection-flag.ts';
import { table } from '../render/table.ts';
import { assumptionLines, withScenarioFlags } from '../scenario-flags.ts';
import { readBattery, simContextOrExit } from '../sim/context.ts';
import { readSimFlags, simFlags, simUsage } from '../sim/flags.ts';
import { withProgressBar } from '../sim/progress.ts';
import { renderDifferences } from './compare-differences.ts';

const usage = `Usage: casus compare [BATTERY] [--architectures A,B,...] [--trials N] [--seed S] [--report out.html] [--json]

Runs every scenario of the battery under every architecture and compares deterrence (the
capability the challenger faces at the place, over its own, distance-discounted by the
loss-of-strength gradient), entanglement (states at war that were not attacked), and
escalation (a second major power at war), each with a 95% interval; and the coverage
matrix (who must defend whom, by which article).

BATTERY is a folder of scenario YAML (default library/scenarios) or a file listing scenario paths.

Options:
  --architectures L comma list (default: the library's architectures marked
                    \`default: true\`, the status quo first; the web compares the same)
  --report FILE     write a self-contained HTML report: everything printed here (summary,
                    differences, P(entangled) per member, coverage) with charts and heat
                    maps; opens offline, prints; the web's comparison exports the same
${simUsage}
${COUNTERSTRIKE_USAGE}
${BASING_USAGE}
  --assume S=SITUATION  repeatable; for every scenario: a declared situation, or a host's
                        answer on combat from its bases (S=consents-to-combat-operations or
                        S=refuses-combat-operations)
${PROJECTION_USAGE}
${DECIDE_USAGE}
  --json            the whole comparison as JSON
Exit codes: 0 answered, 1 bad input, 2 internal error.`;

type Measure = [string, (r: CompareRow) => string];
const measures: Measure[] = [
  [
    'DETERRENCE: mean capability ratio at the place, defending side / challenger side',
    (r) => num(r.deterrence),
  ],
  ['DETERRED: P(defending side outweighs the challenger at the place)', (r) => pct(r.deterred)],
  ['ENTANGLEMENT: expected states at war that were not attacked', (r) => num(r.entangled)],
  ['ESCALATION: P(the war draws in a second major power)', (r) => pct(r.widened)],
  ['NUCLEAR: P(nuclear-armed states at war on both sides)', (r) => pct(r.nuclearOpposed)],
];

/** One table per measure: scenarios down, architectures across. */
export function renderMeasures(rows: CompareRow[], architectures: string[]): string {
  const scenarios = [...new Set(rows.map((r) => r.scenario))];
  return measures
    .map(([title, cell]) =>
      [
        title,
        table(
          ['scenario', ...architectures],
          scenarios.map((s) => [
            s,
            ...architectures.map((a) => {
              const r = rows.find((x) => x.scenario === s && x.architecture === a);
              return r ? cell(r) : '–';
            }),
          ]),
        ),
      ].join('\n'),
    )
    .join('\n\n');
}

/** "USA→JPN (us-japan-1960, constitutional)": each pair once, with its strongest cover. */
const coverLabel = (cells: CoverageCell[]): string =>
  strongestCovers(cells)
    .map((c) => `${c.obligor}→${c.beneficiary} (${c.agreement}, ${coverStrength(c)})`)
    .join('; ');

function renderCoverage(cells: CoverageCell[], architectures: string[]): string {
  const scenarios = [...new Set(cells.map((c) => c.scenario))];
  const rows = scenarios.flatMap((s) =>
    architectures.map((a) => {
      const here = cells.filter((c) => c.scenario === s && c.architecture === a);
      return [s, a, here.length === 0 ? 'nobody' : coverLabel(here)];
    }),
  );
  return [
    'COVERAGE: who must (or may) act for whom when the first event happens',
    table(['scenario', 'architecture', 'obligor→beneficiary, by'], rows),
  ].join('\n');
}

/** Why an answer carries no model interval, in the words of the flag or file that chose it. */
function noModelReason(form: string, flags: { parameterDraws: boolean; trials: number }): string {
  if (form !== 'logistic-fitted')
    return 'the hand-set reliability model has no sampling distribution to draw from';
  if (!flags.parameterDraws) return '--no-parameter-draws: every block used the estimates';
  return `${flags.trials.toLocaleString('en-US')} trials are one block of ${BLOCK_SIZE.toLocaleString('en-US')}; the spread between draws needs two or more`;
}

export const compareCommand: Command = {
  name: 'compare',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {
      ...simFlags,
      ...counterstrikeFlags,
      ...basingFlags,
      assume: { type: 'string', multiple: true },
      ...projectionFlags,
      ...decideFlags,
      architectures: { type: 'string' },
      report: { type: 'string' },
    });
    if (positionals.length > 1)
      throw new UsageError('give at most one battery (a folder or a list file)');
    const flags = readSimFlags(values, 10_000, io.stderr);
    if (values.report) assertWritable(values.report, '--report');
    const ctx = simContextOrExit(io, { reliability: flags.reliability });
    if (!ctx) return EXIT.badInput;
    // Read before the run, so that a fitted file that does not parse fails fast and writes nothing.
    const calibration = values.report && readModelCalibration(ctx.paramsFile, ctx.libraryDir);
    if (calibration && !calibration.ok) {
      io.stderr(calibration.issues.map(formatIssue).join('\n\n'));
      return EXIT.badInput;
    }
    const architectures =
      values.architectures
        ?.split(',')
        .map((a) => a.trim())
        .filter(Boolean) ?? defaultArchitectures(ctx.library.architectures.values());
    if (architectures.length === 0)
      throw new UsageError('--architectures: give at least one architecture id, e.g. status-quo');
    for (const a of architectures) resolveArchitecture(ctx.library, a);
    const batteryPath = positionals[0] ?? `${ctx.libraryDir}/scenarios`;
    const battery = readBattery(batteryPath, ctx.library);
    if (!battery.ok) {
      io.stderr(battery.issues.map(formatIssue).join('\n\n'));
      return EXIT.badInput;
    }
    const decisions = decideOption(values, ctx.library);
    const scenarios = battery.value.map((s) =>
      withScenarioFlags(s, values, ctx.library, decisions),
    );
    const { answer, members } = await withProgressBar(io, (onProgress) =>
      compareArchitectures(ctx, scenarios, architectures, { ...flags, onProgress }),
    );
    const { rows, battery_totals: totals, coverage: cells } = answer;
    if (values.report && calibration) {
      const names = reportNames(ctx.library);
      await writeOutputText(
        values.report,
        renderCompareReport(answer, { names, calibration: calibration.value }),
      );
    }
    if (values.json) {
      io.stdout(JSON.stringify(answer, null, 2));
      return EXIT.ok;
    }
    const totalRows = (model: boolean) =>
      totals.map((t) => {
        const m = model ? t.model : t;
        return [
          t.architecture,
          num(m?.deterrence),
          pct(m?.deterred),
          num(m?.entangled),
          pct(m?.widened),
          pct(m?.nuclearOpposed),
          num(m?.belligerents),
        ];
      });
    const totalsTable = (model: boolean) =>
      table(['architecture', ...MEASURE_HEADINGS, 'belligerents'], totalRows(model));
    const memberRows = members.map((m) => [m, ...totals.map((t) => pct(t.entanglement[m]))]);
    const modelled = totals.some((t) => t.model);
    io.stdout(
      [
        `${battery.value.length} scenarios × ${architectures.length} architectures, ${(rows[0]?.trials ?? 0).toLocaleString('en-US')} trials each, seed ${flags.seed}`,
        `reliability ${ctx.paramsFile} (sha256 ${ctx.paramsHash}, ${ctx.params.form}); library ${ctx.libraryHash}; capability: present-day proxy with the loss-of-strength gradient`,
        `parameter sources: ${sourceSummary(parameterSources(ctx.params))}`,
        ...assumptionLines(scenarios),
        ...decisionLines(
          overridesOver(answer.scenarios.map((s) => s.overrides)),
          'any scenario of the battery',
        ),
        '',
        renderMeasures(rows, architectures),
        '',
        'OVER THE BATTERY (each scenario weighs the same; 95% Monte Carlo intervals)',
        totalsTable(false),
        '',
        ...(modelled
          ? [
              'OVER THE BATTERY, MODEL 95% (Monte Carlo and parameter uncertainty: each block of trials drew the coefficients from the fit)',
              totalsTable(true),
              '',
            ]
          : [`model intervals: none (${noModelReason(ctx.params.form, flags)})`, '']),
        'P(ENTANGLED) BY MEMBER, over the scenarios in which it was not attacked',
        table(['state', ...architectures], memberRows),
        '',
        ...(answer.differences
          ? [
              renderDifferences(answer.differences, members),
              '',
              ...(modelled ? [renderDifferences(answer.differences, members, true), ''] : []),
            ]
          : []),
        renderCoverage(cells, architectures),
        values.report ? `\nreport written to ${values.report}` : '',
      ].join('\n'),
    );
    return EXIT.ok;
  },
};
