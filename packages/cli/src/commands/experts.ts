/** `casus experts`: the model's P(enter) beside published expert judgement, per scenario of library/experts/judgements.yaml. */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  type ExpertRow,
  expertRows,
  parseExpertJudgements,
  pct,
  type ScenarioSummary,
  sourceSummary,
} from '@casus/core';
import { readInputText } from '@casus/data';
import { simulateScenario } from '@casus/runner';
import { parseFlags } from '../args.ts';
import { type Command, EXIT, InputError, UsageError } from '../command.ts';
import { defaultLibraryDir } from '../library-files.ts';
import { table } from '../render/table.ts';
import { simContextOrExit } from '../sim/context.ts';
import { readSimFlags, simFlags, simUsage } from '../sim/flags.ts';

const usage = `Usage: casus experts [--judgements FILE] [--trials N] [--seed S] [--json]

Runs each scenario of the expert-judgements file (default library/experts/judgements.yaml) under
its own architecture and the default rules, and prints per scenario and state the model's
P(enter), how the model gets it (fitted, elicited from a survey, hand-set, affinity only), and
the published expert figure beside it. A figure is the survey's own (a share of respondents), not
a probability. Where the model's parameter is elicited from the same survey, the row says so:
agreement there is by construction, not a test. A check to read, not a target the model is fit to.

Options:
  --judgements F    another judgements file (docs/library-format.md, "Expert judgements")
${simUsage}
  --json            the rows as JSON (docs/schema/experts.schema.json)
Exit codes: 0 answered, 1 bad input, 2 internal error.`;

const expertCell = (r: ExpertRow): string => {
  const e = r.expert;
  if (!e) return 'no published figure in the file';
  const what = e.figure
    ? `${(e.figure.share * 100).toFixed(0)}% ${e.figure.answer}`
    : 'no single figure (see --json)';
  return `${what}; ${e.survey.id}, n ${e.survey.n}`;
};

const noteCell = (r: ExpertRow): string =>
  [
    r.expert?.decision ?? '',
    r.circular ? 'CIRCULAR: the model’s prior is elicited from this survey' : '',
    r.state ? '' : 'a group: the model gives no one figure',
  ]
    .filter(Boolean)
    .join('; ');

function renderRows(rows: ExpertRow[]): string {
  return table(
    [
      'scenario',
      'state',
      'model P(enter) [95%]',
      'model interval',
      'model basis',
      'experts: share of respondents; survey, n',
      'judged decision; note',
    ],
    rows.map((r) => [
      r.scenario,
      r.state ?? 'allies',
      r.model ? pct(r.model.enter) : '',
      r.model?.enterModel ? pct(r.model.enterModel).replace(/^.*? /, '') : '',
      r.model ? r.model.basis.kind : '',
      expertCell(r),
      noteCell(r),
    ]),
  );
}

export const expertsCommand: Command = {
  name: 'experts',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {
      judgements: { type: 'string' },
      json: { type: 'boolean' },
      ...simFlags,
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const flags = readSimFlags(values, 20_000, io.stderr);
    const ctx = simContextOrExit(io, { reliability: flags.reliability });
    if (!ctx) return EXIT.badInput;
    const file = values.judgements ?? join(defaultLibraryDir(), 'experts', 'judgements.yaml');
    if (!existsSync(file)) throw new UsageError(`no judgements file at ${file}`);
    const shown = relative(process.cwd(), file) || file;
    const parsed = parseExpertJudgements(readInputText(file), shown, ctx.library);
    if (!parsed.ok) throw new InputError(parsed.issues);
    const summaries = new Map<string, ScenarioSummary>();
    let model: Awaited<ReturnType<typeof simulateScenario>>['model'] | undefined;
    for (const id of parsed.value.check.scenarios) {
      const scenario = ctx.library.scenarios.get(id)!;
      const answer = await simulateScenario(ctx, scenario, scenario.architecture, flags);
      summaries.set(id, answer.result);
      model = answer.model;
    }
    const rows = expertRows(parsed.value, summaries, ctx.params);
    const output = {
      command: 'experts',
      judgements: shown,
      trials: flags.trials,
      seed: flags.seed,
      model,
      rows,
    };
    if (values.json) io.stdout(JSON.stringify(output, null, 2));
    else
      io.stdout(
        [
          `the model beside published expert judgement (${shown}); ${flags.trials.toLocaleString('en-US')} trials per scenario, seed ${flags.seed}`,
          `reliability ${ctx.paramsFile} (sha256 ${ctx.paramsHash}, ${ctx.params.form}); library ${ctx.libraryHash}; default rules (each scenario's own architecture and assumptions)`,
          `parameter sources: ${sourceSummary(model!.reliability.sources)}`,
          'expert figures are shares of respondents giving the answer shown, not probabilities',
          '',
          renderRows(rows),
        ].join('\n'),
      );
    return EXIT.ok;
  },
};
