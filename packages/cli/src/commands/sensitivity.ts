/** `casus sensitivity SCENARIO|BATTERY`: how much a measure moves with each reliability parameter, one at a time (a tornado) or by Sobol indices. */
import {
  DEFAULT_RANGE_RULE,
  formatIssue,
  parseMeasure,
  type RangeRule,
  type Scenario,
} from '@casus/core';
import { writeOutputText } from '@casus/data';
import {
  baselineOf,
  type OneAtATimeAnswer,
  type SimContext,
  type SobolAnswer,
  sensitivityOneAtATime,
  sensitivitySobol,
} from '@casus/runner';
import { parseChoice, parseFlags } from '../args.ts';
import { BASING_USAGE, basingFlags } from '../basing-flag.ts';
import { type Command, EXIT, type Io, UsageError } from '../command.ts';
import { COUNTERSTRIKE_USAGE, counterstrikeFlags } from '../counterstrike-flag.ts';
import { DECIDE_USAGE, decideFlags, decideOption } from '../decide-flag.ts';
import { resolveArchitecture } from '../library-files.ts';
import { assertWritable } from '../output-file.ts';
import { PROJECTION_USAGE, projectionFlags } from '../projection-flag.ts';
import { assumptionLines, withScenarioFlags } from '../scenario-flags.ts';
import { readBattery, simContextOrExit } from '../sim/context.ts';
import { readSimFlags, simFlags } from '../sim/flags.ts';
import { withProgressBar } from '../sim/progress.ts';
import { renderSensitivityReport } from '../sim/sensitivity-report.ts';
import { renderSobol, renderTornado } from '../sim/sensitivity-text.ts';

/** Trials per run of the battery: one block for one at a time, a quarter block for each Sobol row (there are N(k + 2) of them). */
const DEFAULT_TRIALS = { oat: 4096, sobol: 1024 } as const;
const DEFAULT_SAMPLES = 32;

const usage = `Usage: casus sensitivity [SCENARIO|BATTERY] [--measure M] [--method oat|sobol] [--json]

How much a measure moves with each parameter of the reliability model and each decision
override. One at a time (oat,
the default): each parameter at the low and the high of its range with every other at its point
value, drawn as a tornado, widest swing first. Sobol: first-order and total indices, every
parameter drawn uniformly on the same ranges. Every run uses the same seed and each scenario its
own streams, so all runs draw the same random numbers trial by trial; parameter draws are off, so
the only thing that moves between runs is the parameters.

SCENARIO is a scenario id or file; BATTERY a folder of scenario YAML or a file listing scenario
paths (default library/scenarios).

Options:
  --measure M       deterrence (default: mean capability ratio at the place, defending side over
                    challenger, over the battery), entanglement (expected states at war that were
                    not attacked), escalation (P(a second major power at war)) or p:STATE
                    (P(STATE enters), e.g. p:USA, over the scenarios in which it can join)
  --method oat|sobol  one at a time (default) or Sobol indices
  --architectures L comma list (default: the status quo, the architecture that changes nothing)
  --range-se Z      a fitted coefficient moves over β̂ ± Z·se (default ${DEFAULT_RANGE_RULE.seMultiple}: its 95% interval)
  --range-logit D   an assumed log-odds shift moves ± D, an assumed probability over
                    logistic(logit(p) ± D) (default ${DEFAULT_RANGE_RULE.logit})
  --range-scale R   an assumed slope, cap, bound or floor moves over value × (1 ± R) (default ${DEFAULT_RANGE_RULE.scale})
${DECIDE_USAGE}
                        (here also moved as a parameter over P ± the --decide-range)
  --decide-range D  an override's probability moves ± D, clipped to [0, 1] (default ${DEFAULT_RANGE_RULE.decide});
                    overrides the scenario files state are moved too
  --samples N       Sobol base sample N: N(k + 2) runs for k parameters (default ${DEFAULT_SAMPLES})
  --trials N        trials per scenario in each run (default ${DEFAULT_TRIALS.oat} one at a time, ${DEFAULT_TRIALS.sobol} Sobol)
  --seed S          seed of the trials and of the Sobol design (default 1)
  --workers N       worker threads (default and most: the cores this process may use)
  --reliability F   reliability model, fitted or hand-set (default library/models/reliability-fitted.yaml)
${COUNTERSTRIKE_USAGE}
${BASING_USAGE}
  --assume S=SITUATION  repeatable; for every scenario: a declared situation, or a host's
                        answer on combat from its bases (S=consents-to-combat-operations or
                        S=refuses-combat-operations)
${PROJECTION_USAGE}
  --report FILE     write a self-contained HTML report with the tornado (one at a time)
  --json            the answer as JSON (docs/schema/sensitivity.schema.json)
Exit codes: 0 answered, 1 bad input, 2 internal error.`;

const positive = (
  text: string | undefined,
  flag: string,
  fallback: number,
  max = Number.POSITIVE_INFINITY,
) => {
  if (text === undefined) return fallback;
  const n = /^[0-9]+(\.[0-9]+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!(n > 0 && n <= max))
    throw new UsageError(
      `${flag} must be a number above 0${Number.isFinite(max) ? ` and at most ${max}` : ''}, e.g. ${fallback}, got "${text}"`,
    );
  return n;
};

function readRule(values: Record<string, unknown>): RangeRule {
  const d = DEFAULT_RANGE_RULE;
  return {
    seMultiple: positive(values['range-se'] as string | undefined, '--range-se', d.seMultiple),
    logit: positive(values['range-logit'] as string | undefined, '--range-logit', d.logit),
    scale: positive(values['range-scale'] as string | undefined, '--range-scale', d.scale, 1),
    decide: positive(values['decide-range'] as string | undefined, '--decide-range', d.decide, 1),
  };
}

/** A scenario id of the library, or a battery path (readBattery). */
function scenariosOf(ctx: SimContext, arg: string | undefined, io: Io): Scenario[] | undefined {
  const byId = arg === undefined ? undefined : ctx.library.scenarios.get(arg as Scenario['id']);
  if (byId) return [byId];
  const battery = readBattery(arg ?? `${ctx.libraryDir}/scenarios`, ctx.library);
  if (battery.ok) return battery.value;
  io.stderr(battery.issues.map(formatIssue).join('\n\n'));
  return undefined;
}

const ruleLine = (r: RangeRule) =>
  `ranges: fitted coefficients β̂ ± ${r.seMultiple}·se; assumed log-odds shifts ± ${r.logit}; assumed probabilities logistic(logit(p) ± ${r.logit}); assumed slopes, caps, bounds and floors × (1 ± ${r.scale}); decision overrides p ± ${r.decide} in [0, 1] (--range-se, --range-logit, --range-scale, --decide-range)`;

/** "overrides: USA:TWN = 0.6 (taiwan-invasion)", each decision with the scenarios that state it. */
function overridesLine(scenarios: readonly Scenario[]): string[] {
  const by = new Map<string, string[]>();
  for (const s of scenarios)
    for (const [k, p] of Object.entries(s.assumptions.decisions)) {
      const key = `${k} = ${p}`;
      by.set(key, [...(by.get(key) ?? []), s.id]);
    }
  if (by.size === 0) return [];
  const all = scenarios.length;
  return [
    `decision overrides: ${[...by].map(([k, ids]) => (ids.length === all ? k : `${k} (${ids.join(', ')})`)).join('; ')}`,
  ];
}

export const sensitivityCommand: Command = {
  name: 'sensitivity',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(
      argv,
      {
        trials: simFlags.trials,
        seed: simFlags.seed,
        workers: simFlags.workers,
        reliability: simFlags.reliability,
        ...counterstrikeFlags,
        ...basingFlags,
        assume: { type: 'string', multiple: true },
        ...projectionFlags,
        measure: { type: 'string' },
        method: { type: 'string' },
        architectures: { type: 'string' },
        'range-se': { type: 'string' },
        'range-logit': { type: 'string' },
        'range-scale': { type: 'string' },
        ...decideFlags,
        'decide-range': { type: 'string' },
        samples: { type: 'string' },
        report: { type: 'string' },
      },
      1,
    );
    const method = parseChoice('--method', values.method, ['oat', 'sobol']) ?? 'oat';
    const measure = parseMeasure(values.measure ?? 'deterrence');
    if (!measure)
      throw new UsageError(
        `--measure must be deterrence, entanglement, escalation or p:STATE (a state code, e.g. p:USA), got "${values.measure}"`,
      );
    const rule = readRule(values);
    const samples = Math.round(positive(values.samples, '--samples', DEFAULT_SAMPLES, 100_000));
    if (values.report && method === 'sobol')
      throw new UsageError('--report draws the tornado: use it with --method oat');
    const flags = readSimFlags(values, DEFAULT_TRIALS[method], io.stderr);
    if (values.report) assertWritable(values.report, '--report');
    const ctx = simContextOrExit(io, { reliability: flags.reliability });
    if (!ctx) return EXIT.badInput;
    const architectures = values.architectures
      ?.split(',')
      .map((a) => a.trim())
      .filter(Boolean) ?? [baselineOf(ctx.library, [...ctx.library.architectures.keys()])!];
    if (architectures.length === 0)
      throw new UsageError('--architectures: give at least one architecture id, e.g. status-quo');
    for (const a of architectures) resolveArchitecture(ctx.library, a);
    const found = scenariosOf(ctx, positionals[0], io);
    if (!found) return EXIT.badInput;
    const decided = decideOption(values, ctx.library);
    const scenarios = found.map((s) => withScenarioFlags(s, values, ctx.library, decided));
    const scope = { scenarios, architectures };
    const options = { ...flags, measure, rule };
    const answer = await withProgressBar<OneAtATimeAnswer | SobolAnswer>(io, (onProgress) =>
      method === 'oat'
        ? sensitivityOneAtATime(ctx, scope, { ...options, onProgress })
        : sensitivitySobol(ctx, scope, { ...options, onProgress }, samples),
    );
    if (values.report && answer.method === 'oat')
      await writeOutputText(values.report, renderSensitivityReport(answer));
    if (values.json) {
      io.stdout(JSON.stringify(answer, null, 2));
      return EXIT.ok;
    }
    const k = answer.parameters.length;
    const cost =
      answer.method === 'oat'
        ? `one at a time: 1 + 2 × ${k} parameters = ${answer.cost.runs} runs`
        : `Sobol: N(k + 2) = ${samples} × (${k} + 2) = ${answer.cost.runs} runs`;
    io.stdout(
      [
        `SENSITIVITY of ${answer.measureTitle}`,
        `${scenarios.length} scenarios × ${architectures.length} architectures; ${cost} × ${(scenarios.length * architectures.length).toLocaleString('en-US')} scenario runs × ${flags.trials.toLocaleString('en-US')} trials = ${answer.cost.trials.toLocaleString('en-US')} trials, seed ${flags.seed}`,
        `common random numbers: every run on the same seed and streams; parameter draws off, so only the parameters move`,
        ruleLine(rule),
        ...(answer.fixed.length
          ? [`not moved (a range of zero width): ${answer.fixed.join(', ')}`]
          : []),
        `reliability ${ctx.paramsFile} (sha256 ${ctx.paramsHash}, ${ctx.params.form}); library ${ctx.libraryHash}`,
        ...assumptionLines(scenarios),
        ...overridesLine(scenarios),
        ...(answer.method === 'sobol' ? [answer.design] : []),
        '',
        answer.method === 'oat'
          ? `${renderTornado(answer)}\n\ntornado: │ the measure at the point values, ▓ towards the measure with the parameter at its low, ░ at its high`
          : renderSobol(answer),
        values.report ? `\nreport written to ${values.report}` : '',
      ].join('\n'),
    );
    return EXIT.ok;
  },
};
