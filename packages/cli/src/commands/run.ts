/** `casus run SCENARIO.yaml`: the cascade of a scenario: sides, rounds, and the chain of findings. */
import { existsSync, statSync } from 'node:fs';
import {
  type BaseUseRecord,
  type CascadeMode,
  type CascadeOutput,
  type CascadeResult,
  type Finding,
  type ForcesAbroadRecord,
  listWords,
  NameOf,
  nameOf,
  parseLibraryFile,
  parseScenario,
  possessive,
  prepareWorld,
  runCascade,
  type Scenario,
  situationWords,
} from '@casus/core';
import { readInputText } from '@casus/data';
import { parseFlags } from '../args.ts';
import { BASING_USAGE, basingFlags, withBasingFlags } from '../basing-flag.ts';
import { type Command, EXIT, InputError, UsageError } from '../command.ts';
import {
  COUNTERSTRIKE_USAGE,
  counterstrikeFlags,
  counterstrikeOption,
} from '../counterstrike-flag.ts';
import { DECIDE_USAGE, decideFlags } from '../decide-flag.ts';
import {
  HISTORY_USAGE,
  historyFlags,
  NMC_USAGE,
  nmcFlags,
  unstatedOption,
  withHistory,
} from '../history.ts';
import { libraryOrExit, resolveArchitecture } from '../library-files.ts';
import { PROJECTION_USAGE, projectionFlags, projectionOption } from '../projection-flag.ts';
import { chainTree, firedByRound, sidesTable } from '../render/cascade.ts';
import { answerHeader, headerLines } from '../render/header.ts';
import { wrap } from '../render/wrap.ts';
import { simFlags } from '../sim/flags.ts';
import { runProbabilistic } from '../sim/run-probabilistic.ts';

const usage = `Usage: casus run SCENARIO.yaml [--mode strict|honoured|probabilistic] [--architecture A] [--json]

Follows the obligations of a scenario as they cascade: states that enter strike the other
side, which can set off the other side's allies' clauses, until a round adds nobody.
  --mode M              strict (only automatic duties bring a state in) or honoured
                        (every defence duty is honoured); default honoured; or probabilistic
                        (Monte Carlo with the reliability model: --trials N --seed S --workers N
                        --ci-width W --reliability FILE --no-parameter-draws;
                        see docs/simulation.md)
  --architecture A      overrides the scenario's architecture
  --assume S=SITUATION  repeatable; adds to the scenario's declared situations, or gives a
                        host's answer on combat operations from its bases:
                        S=consents-to-combat-operations or S=refuses-combat-operations
                        (docs/engine.md, "Basing entanglement")
${HISTORY_USAGE}
${NMC_USAGE}
${COUNTERSTRIKE_USAGE}
${BASING_USAGE}
${PROJECTION_USAGE}
${DECIDE_USAGE}
                        (probabilistic mode only)
  --json                the cascade as JSON (docs/schema/cascade.schema.json)
Exit codes: 0 answered, 1 bad input, 2 internal error.`;

function modeOf(text: string): CascadeMode {
  if (text === 'strict' || text === 'honoured') return text;
  throw new UsageError(`--mode must be strict, honoured or probabilistic, not "${text}"`);
}

/** A folder or a binary file is bad input (exit 1), not an internal error or a page of noise. */
function assertTextFile(file: string): void {
  if (statSync(file).isDirectory())
    throw new UsageError(`${file} is a folder; give one scenario file (compare takes a folder)`);
  if (readInputText(file).includes('\0'))
    throw new InputError([
      {
        code: 'invalid_value',
        severity: 'error',
        file,
        pointer: '',
        message: 'this is not a text file (it holds NUL bytes)',
        expected: 'a scenario written in YAML, like library/scenarios/korea-invasion-2025.yaml',
      },
    ]);
}

export const runCommand: Command = {
  name: 'run',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {
      mode: { type: 'string', default: 'honoured' },
      architecture: { type: 'string' },
      assume: { type: 'string', multiple: true },
      ...historyFlags,
      ...nmcFlags,
      ...counterstrikeFlags,
      ...basingFlags,
      ...projectionFlags,
      ...decideFlags,
      ...simFlags,
    });
    if (positionals.length !== 1) throw new UsageError('give one scenario file');
    if (existsSync(positionals[0]!)) assertTextFile(positionals[0]!);
    if (values.mode === 'probabilistic') return runProbabilistic(positionals[0]!, values, io);
    const mode = modeOf(values.mode);
    if (values.nmc !== undefined)
      throw new UsageError(
        '--nmc chooses the CINC of the deterrence ratio, so it needs --mode probabilistic (with --atop)',
      );
    if (values.decide)
      throw new UsageError(
        '--decide sets a probability, so it needs --mode probabilistic (strict and honoured decide every duty the same way)',
      );
    const file = positionals[0]!;
    if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
    const curated = libraryOrExit(io);
    if (!curated) return EXIT.badInput;
    const text = readInputText(file);
    // The date decides which ATOP alliances join the library; the full check comes after.
    const draft = parseLibraryFile('scenarios', { path: file, text });
    if (!draft.ok) throw new InputError(draft.issues);
    const { date } = draft.value[0]![0] as Scenario;
    const { library: lib, history } = await withHistory(curated, date, values);
    const parsed = parseScenario(text, file, lib);
    if (!parsed.ok) throw new InputError(parsed.issues);
    const scenario = parsed.value;
    const architecture = resolveArchitecture(lib, values.architecture ?? scenario.architecture).id;
    const assumptions = {
      ...withBasingFlags(scenario, values, lib).assumptions,
      ...unstatedOption(values),
      ...counterstrikeOption(values),
      ...projectionOption(values),
    };
    const world = prepareWorld(lib, { architecture, date: scenario.date, assumptions });
    const result = runCascade(world, scenario.events, { mode });
    const { id, name, description } = scenario;
    const output: CascadeOutput = {
      header: answerHeader({ architecture, date: scenario.date, mode, assumptions, history }),
      scenario: { id, name, description },
      events: scenario.events,
      result,
    };
    io.stdout(values.json ? JSON.stringify(output, null, 2) : renderRun(output));
    return EXIT.ok;
  },
};

function renderRun(output: CascadeOutput): string {
  const { result } = output;
  return [
    `${output.scenario.name} (${output.scenario.id})`,
    ...headerLines(output.header),
    '',
    ...(result.entries.length === 0
      ? [
          'SIDES: none. No event here opens hostilities (only an armed attack, a blockade or a',
          'missile launch does); the findings below are what the events set off.',
        ]
      : [
          `SIDES (${result.entries.length} states, ${result.rounds} round(s))`,
          sidesTable(result),
          '',
          'CHAIN',
          chainTree(result),
        ]),
    ...basesInReach(result),
    ...forcesAbroad(output),
    ...(result.conflicts?.length
      ? [
          '',
          'CONFLICTING DUTIES',
          ...result.conflicts.map((c) => `  ${c.state} stays put; ${c.finding.summary}`),
        ]
      : []),
    ...unanswered(result.findings),
    '',
    'FINDINGS THAT FIRED, BY ROUND',
    firedByRound(output),
  ].join('\n');
}

/** Each belligerent's bases abroad in reach of the war, one line per host and user: how their use was decided, and who struck them. */
function basesInReach(result: CascadeResult): string[] {
  const groups = new Map<string, BaseUseRecord[]>();
  for (const u of result.basing ?? []) {
    const key = `${u.host}|${u.user}`;
    groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  if (groups.size === 0) return [];
  const line = (uses: BaseUseRecord[]) => {
    const u = uses[0]!;
    const answer =
      u.answer === 'not-assumed'
        ? `${u.host}'s consent not assumed, so not used (--assume ${u.host}=consents-to-combat-operations to follow it)`
        : `${u.host} ${u.answer}${u.decision === 'joint-decision' ? ' (a joint decision: jointly managed)' : ''}${u.struckBy.length > 0 ? `; struck by ${u.struckBy.join(', ')}` : ''}`;
    const names = uses.map((x) => `${x.name} (${x.why})`).join(', ');
    return wrap(
      `${u.user} in ${u.host} from round ${u.round}, under ${u.grant}: ${names}. ${answer}`,
      98,
      '  ',
    );
  };
  return ['', 'BASES ABROAD IN REACH', ...[...groups.values()].map(line)];
}

/**
 * Round 0's attacks on forces abroad, one line per state hit: at war as the victim, or, where its
 * own law limits its use of force, what that law's permission clauses answered (docs/engine.md,
 * "Forces abroad").
 */
function forcesAbroad(output: CascadeOutput): string[] {
  const { result } = output;
  const records = result.forcesAbroad ?? [];
  if (records.length === 0) return [];
  const events = [...output.events, ...result.events];
  const line = (r: ForcesAbroadRecord) => {
    const target = events[r.event]?.target;
    const at = target && 'detail' in target && target.detail ? target.detail : r.where;
    const where = `${r.where}${r.administeredBy ? `, administered by ${r.administeredBy}` : ''}`;
    const head = `${r.state} forces at ${at} (${where}) attacked by ${r.actor}`;
    if (!r.law) return wrap(`${head}: ${r.state} is at war as their victim.`, 98, '  ');
    const entry = result.entries.find((e) => e.state === r.state);
    const clauses = new Map<string, Finding>();
    for (const f of result.findings)
      if (f.agreement === r.law && f.obligor === r.state && !clauses.get(f.clause)?.fired)
        clauses.set(f.clause, f);
    const own = (f: Finding) => (f.beneficiary === r.state ? 0 : 1);
    const answers = [...clauses.values()]
      .sort((x, y) => own(x) - own(y))
      .map((f) => {
        const whom = own(f) === 0 ? '' : `, for ${nameOf(f.beneficiary)}`;
        return f.fired
          ? `${f.clause}${whom}: met.`
          : `${f.clause}${whom}: not met (${f.failed?.reason ?? 'no reason given'}).`;
      });
    const state = nameOf(r.state);
    const situations = listWords((r.allowsForceFor ?? []).map(situationWords), 'or');
    const outcome = entry
      ? `${NameOf(r.state)} enters in round ${entry.round}: ${entry.reason}.`
      : `${NameOf(r.state)} is not at war.`;
    return wrap(
      `${head}: ${r.lawName ?? r.law} permits force only in ${situations}, as ${possessive(r.state)} government determines, so being hit abroad does not by itself put ${state} at war (whether it is an armed attack on ${state} is that government's judgement, not the model's). ${answers.join(' ')} ${outcome}`,
      98,
      '  ',
    );
  };
  return ['', 'FORCES ABROAD', ...records.map(line)];
}

/** The defence pacts a counter-strike did not invoke, once each: the initiator rule's work, shown. */
function unanswered(findings: readonly Finding[]): string[] {
  const seen = new Map<string, Finding>();
  for (const f of findings)
    if (f.failed?.test === 'initiator') seen.set(`${f.clause}|${f.obligor}|${f.beneficiary}`, f);
  if (seen.size === 0) return [];
  return [
    '',
    'NOT INVOKED BY COUNTER-STRIKES (the initiator rule; --counterstrike-invokes yes reads them literally)',
    ...[...seen.values()].map((f) =>
      wrap(
        `${f.obligor} → ${f.beneficiary}, ${f.agreement}, ${f.citation.article}: ${f.failed!.reason}`,
        98,
        '  ',
      ),
    ),
  ];
}
