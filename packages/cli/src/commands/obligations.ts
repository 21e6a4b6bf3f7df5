/** `casus obligations`: every finding for one or more events on a date, duties first, then why the rest did not fire. */
import {
  type AnswerHeader,
  type Assumptions,
  checkAssumptions,
  defaultAssumptions,
  EVENT_SPEC_FORMAT,
  type Event,
  type Finding,
  findObligations,
  IsoDate,
  type Issue,
  type Library,
  markCounterstrikes,
  type NoCommitment,
  noCommitments,
  obligationsOutput,
  parseEventSpec,
  prepareWorld,
  StateId,
} from '@casus/core';
import { parseFlags } from '../args.ts';
import { type Command, EXIT, InputError, UsageError } from '../command.ts';
import {
  COUNTERSTRIKE_USAGE,
  counterstrikeFlags,
  counterstrikeOption,
} from '../counterstrike-flag.ts';
import { HISTORY_USAGE, historyFlags, unstatedOption, withHistory } from '../history.ts';
import {
  libraryOrExit,
  parseOption,
  resolveArchitecture,
  warnOutsideLibrary,
} from '../library-files.ts';
import { renderFindings } from '../render/findings.ts';
import { answerHeader, headerLines } from '../render/header.ts';
import { wrap } from '../render/wrap.ts';

const usage = `Usage: casus obligations --date YYYY-MM-DD --event "ACTOR KIND TARGET"... [options]

Every obligation the events set off on that date: duties first, then permissions, then policy,
then the clauses that did not fire, each with the first condition that failed.
  --date D              the date the treaties are read on (required)
  --event SPEC          repeatable; ${EVENT_SPEC_FORMAT}
                        e.g. --event "CHN armed-attack JPN.senkaku"
  --architecture A      the security architecture (default status-quo)
  --assume S=SITUATION  repeatable; a situation a government declares,
                        e.g. --assume JPN=survival-threatening-situation
${HISTORY_USAGE}
${COUNTERSTRIKE_USAGE}
  --json                the findings as JSON, each article cited once under "citations" and
                        each trace given once under "traces" (docs/schema/findings.schema.json)
Exit codes: 0 answered, 1 bad input, 2 internal error.`;

function assumption(text: string): [StateId, string] {
  const m = /^([A-Z]{3})=([a-z0-9-]+)$/.exec(text);
  const state = m && StateId.safeParse(m[1]).success ? (m[1] as StateId) : undefined;
  if (m && state) return [state, m[2]!];
  throw new InputError([
    {
      code: 'invalid_value',
      severity: 'error',
      file: '--assume',
      pointer: '',
      message: `"${text}" is not STATE=SITUATION`,
      expected:
        'e.g. JPN=survival-threatening-situation, or JPN=consents-to-combat-operations / JPN=refuses-combat-operations',
    },
  ]);
}

/** A host's answer to combat operations from its bases, as --assume spells it (the rest are situations). */
const CONSENT: Readonly<Record<string, 'consents' | 'refuses'>> = {
  'consents-to-combat-operations': 'consents',
  'refuses-combat-operations': 'refuses',
};

/**
 * The --assume flags added to a base set of assumptions: a declared situation, or a host's
 * answer to combat operations from its bases.
 * @example parseAssumptions(['JPN=consents-to-combat-operations']).basing.consent // {JPN: 'consents'}
 */
export function parseAssumptions(flags: readonly string[], base?: Assumptions): Assumptions {
  const given = flags.map(assumption);
  const defaults = defaultAssumptions();
  const situations = {
    ...base?.situations,
    ...Object.fromEntries(given.filter(([, v]) => !(v in CONSENT))),
  };
  const basing = base?.basing ?? defaults.basing;
  const consent = {
    ...basing.consent,
    ...Object.fromEntries(given.flatMap(([s, v]) => (v in CONSENT ? [[s, CONSENT[v]!]] : []))),
  };
  return { ...defaults, ...base, situations, basing: { ...basing, consent } };
}

function parseEvents(specs: readonly string[], lib: Library): Event[] {
  const issues: Issue[] = [];
  const events = specs.flatMap((spec, i) => {
    const r = parseEventSpec(spec, lib, `--event ${i + 1}`);
    issues.push(...r.issues);
    return r.ok ? [r.value] : [];
  });
  if (issues.length > 0) throw new InputError(issues);
  return events;
}

export const obligationsCommand: Command = {
  name: 'obligations',
  usage,
  async run(argv, io) {
    const { values } = parseFlags(
      argv,
      {
        date: { type: 'string' },
        event: { type: 'string', multiple: true },
        architecture: { type: 'string', default: 'status-quo' },
        assume: { type: 'string', multiple: true },
        ...historyFlags,
        ...counterstrikeFlags,
      },
      0,
    );
    if (!values.date) throw new UsageError('--date is required');
    if (!values.event?.length) throw new UsageError('give at least one --event');
    const date = parseOption(IsoDate, values.date, '--date');
    const curated = libraryOrExit(io);
    if (!curated) return EXIT.badInput;
    const { library: lib, history } = await withHistory(curated, date, values);
    const architecture = resolveArchitecture(lib, values.architecture).id;
    const events = parseEvents(values.event, lib);
    warnOutsideLibrary(io, lib, date);
    const assumptions = {
      ...parseAssumptions(values.assume ?? []),
      ...unstatedOption(values),
      ...counterstrikeOption(values),
    };
    const wrong = checkAssumptions(assumptions, lib).map((i) => ({ ...i, file: '--assume' }));
    if (wrong.length > 0) throw new InputError(wrong);
    const world = prepareWorld(lib, { architecture, date, assumptions });
    const header = answerHeader({ architecture, date, assumptions, history });
    // An event on a state that struck earlier in the list is a counter-strike (the initiator rule).
    const findings = markCounterstrikes(world, events).flatMap((e, i) =>
      findObligations(world, e, i),
    );
    const noCommitment = events.flatMap((e, i) => noCommitments(world, e, i));
    if (values.json)
      io.stdout(JSON.stringify(obligationsOutput(header, events, findings, noCommitment), null, 2));
    else io.stdout(renderObligations(header, findings, noCommitment, values.event));
    return EXIT.ok;
  },
};

function renderObligations(
  header: AnswerHeader,
  findings: readonly Finding[],
  noCommitment: readonly NoCommitment[],
  specs: readonly string[],
): string {
  const lines = [...headerLines(header)];
  specs.forEach((spec, i) => {
    if (specs.length > 1 || i === 0) lines.push('', `event ${i + 1}: ${spec}`, '');
    lines.push(renderFindings(findings.filter((f) => f.event === i)));
    const none = noCommitment.filter((n) => n.event === i);
    lines.push(`NO COMMITMENT (${none.length})`);
    lines.push(
      ...(none.length
        ? none.map((n) => wrap(`${n.states.join(', ')}: ${n.reason}`, 96, '  '))
        : ['  none']),
    );
  });
  return lines.join('\n');
}
