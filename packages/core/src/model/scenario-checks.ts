/** Checks of what a scenario (or a request) names: its architecture, its events and its declared situations. */
import { decisionRef, overlappingDecisions } from './decision-overrides.ts';
import type { Event } from './event.ts';
import type { Issue } from './issues.ts';
import type { Library, Origin } from './library.ts';
import { checkPlace, checkStates, type Report, reporter } from './report.ts';
import type { Assumptions, Scenario } from './scenario.ts';
import { didYouMean, suggest } from './suggest.ts';

/** Checks an event's actor and target against the gazetteer and the states table. */
export function checkEvent(report: Report, lib: Library, event: Event, path: PropertyKey[]) {
  checkStates(report, [event.actor], [...path, 'actor'], 'event actor');
  if (event.provokedBy)
    checkStates(report, [event.provokedBy], [...path, 'provokedBy'], 'provokedBy');
  if (event.from) checkFrom(report, lib, event, [...path, 'from']);
  const t = event.target;
  checkPlace(report, lib, t.place, [...path, 'target', 'place'], 'event target');
  if ('state' in t) checkStates(report, [t.state], [...path, 'target', 'state'], 'event target');
  if (
    'place' in t &&
    !('state' in t) &&
    t.place &&
    !lib.places.get(t.place)?.administeredBy &&
    lib.places.has(t.place)
  )
    report(
      [...path, 'target', 'place'],
      'invalid_event',
      `place ${t.place} is administered by no state, so an attack on it is an attack on no one's territory`,
      'a territory with an administering state, or an asset target {state, asset, place}',
    );
}

/** An event's `from` names a base of the library that its actor uses abroad. */
function checkFrom(report: Report, lib: Library, event: Event, path: PropertyKey[]) {
  const base = event.from && lib.bases.get(event.from);
  if (!base)
    return report(
      path,
      'unknown_base',
      `base "${event.from}" is not in the library`,
      'a base id from library/bases (casus bases lists them), e.g. "kadena-air-base"',
      didYouMean(suggest(event.from ?? '', lib.bases.keys())),
    );
  if (!base.users.includes(event.actor) || base.host === event.actor)
    report(
      path,
      'invalid_event',
      `${base.name} is not a base ${event.actor} uses abroad (host ${base.host}, users ${base.users.join(', ')})`,
      `a base hosted by another state whose users include ${event.actor} (casus bases --user ${event.actor})`,
    );
}

/** The situations a state's domestic law knows (e.g. Japan's survival-threatening situation). */
function situationsOf(lib: Library, state: string): string[] {
  return [...lib.agreements.values()].flatMap((a) =>
    a.constraint?.state === state ? a.constraint.allowsForceFor : [],
  );
}

function checkSituations(
  report: Report,
  lib: Library,
  assumptions: Assumptions,
  path: PropertyKey[],
) {
  for (const [state, situation] of Object.entries(assumptions.situations)) {
    const known = situationsOf(lib, state);
    if (!known.includes(situation))
      report(
        [...path, state],
        'invalid_value',
        `${state} declares "${situation}", which no domestic law of ${state} in the library defines`,
        known.length > 0
          ? `one of ${known.join(', ')}`
          : `a situation named in a domestic law's constraint (none is recorded for ${state})`,
        didYouMean(suggest(situation, known)),
      );
  }
}

/** Each override names known states and agreements, and no decision twice. */
function checkDecisions(report: Report, lib: Library, a: Assumptions, path: PropertyKey[]) {
  for (const key of Object.keys(a.decisions)) {
    const ref = decisionRef(key);
    if (!ref) continue; // the schema has refused it
    checkStates(report, [ref.obligor, ref.beneficiary], [...path, key], `decision ${key}`);
    if (ref.agreement && !lib.agreements.has(ref.agreement))
      report(
        [...path, key],
        'unknown_agreement',
        `decision ${key}: agreement "${ref.agreement}" is not in the library`,
        'an agreement id from library/agreements, e.g. "us-japan-1960"',
        didYouMean(suggest(ref.agreement, lib.agreements.keys())),
      );
  }
  for (const [x, y] of overlappingDecisions(Object.keys(a.decisions)))
    report(
      [...path, y],
      'invalid_value',
      `decisions ${x} and ${y} both set the probability of the same decision`,
      `one probability per decision: keep ${x} or ${y}, not both`,
    );
}

/** The states a record is keyed by (situations, basing consent), each reported at its own key, not at an index. */
function checkStateKeys(report: Report, record: object, path: PropertyKey[]) {
  const what = String(path.at(-1));
  for (const key of Object.keys(record))
    checkStates((p, ...rest) => report(p.slice(0, -1), ...rest), [key], [...path, key], what);
}

/**
 * Checks assumptions given outside a scenario file (command-line flags, an API request).
 * @example checkAssumptions({...defaultAssumptions(), situations: {JPN: 'bogus'}}, lib) // [{code: 'invalid_value', …}]
 */
export function checkAssumptions(assumptions: Assumptions, lib: Library): Issue[] {
  const issues: Issue[] = [];
  checkSituations(reporter(issues, undefined), lib, assumptions, ['situations']);
  checkDecisions(reporter(issues, undefined), lib, assumptions, ['decisions']);
  checkStateKeys(reporter(issues, undefined), assumptions.basing.consent, ['basing', 'consent']);
  return issues;
}

/**
 * Checks a scenario against a library: its architecture, every event's actor and target.
 * @example checkScenario(scenario, lib, origin) // [] when all is well
 */
export function checkScenario(scenario: Scenario, lib: Library, origin?: Origin): Issue[] {
  const issues: Issue[] = [];
  const report = reporter(issues, origin);
  if (!lib.architectures.has(scenario.architecture))
    report(
      ['architecture'],
      'unknown_architecture',
      `architecture "${scenario.architecture}" is not defined`,
      `one of ${[...lib.architectures.keys()].join(', ')}`,
      didYouMean(suggest(scenario.architecture, lib.architectures.keys())),
    );
  for (const [i, e] of scenario.events.entries()) checkEvent(report, lib, e, ['events', i]);
  checkStateKeys(report, scenario.assumptions.situations, ['assumptions', 'situations']);
  checkSituations(report, lib, scenario.assumptions, ['assumptions', 'situations']);
  checkDecisions(report, lib, scenario.assumptions, ['assumptions', 'decisions']);
  checkStateKeys(report, scenario.assumptions.basing.consent, ['assumptions', 'basing', 'consent']);
  return issues;
}
