/** Cross-reference checks: every state, place, area, clause and agreement named in the library exists. */
import type { AreaRule } from './area.ts';
import type { Event } from './event.ts';
import type { Issue, IssueCode } from './issues.ts';
import type { Library, LibraryKind, Origin } from './library.ts';
import type { Assumptions, Scenario } from './scenario.ts';
import { allStates, isKnownState } from './states.ts';
import { didYouMean, suggest } from './suggest.ts';

type Report = (
  path: PropertyKey[],
  code: IssueCode,
  message: string,
  expected: string,
  hint?: string,
) => void;

function reporter(issues: Issue[], origin: Origin | undefined): Report {
  return (path, code, message, expected, hint) => {
    const full = [...(origin?.prefix ?? []), ...path];
    const pos = origin?.source.locate(full);
    issues.push({
      code,
      severity: 'error',
      file: origin?.file,
      line: pos?.line,
      column: pos?.column,
      pointer: full.length ? `/${full.map(String).join('/')}` : '',
      message,
      expected,
      hint,
    });
  };
}

const stateCodes = () => allStates().map((s) => s.iso3);

function checkStates(
  report: Report,
  ids: readonly string[] | undefined,
  path: PropertyKey[],
  what: string,
) {
  ids?.forEach((id, i) => {
    if (!isKnownState(id))
      report(
        [...path, i],
        'unknown_state',
        `${what}: state "${id}" is not in the COW state system`,
        'an ISO 3166 alpha-3 code of a COW state, e.g. "JPN"',
        didYouMean(suggest(id, stateCodes())),
      );
  });
}

function checkPlace(
  report: Report,
  lib: Library,
  id: string | undefined,
  path: PropertyKey[],
  what: string,
) {
  if (id === undefined || lib.places.has(id as never)) return;
  report(
    path,
    'unknown_place',
    `${what}: place "${id}" is not in the gazetteer`,
    'a place id from library/places, e.g. "USA.guam"',
    didYouMean(suggest(id, lib.places.keys())),
  );
}

function checkArea(
  report: Report,
  lib: Library,
  id: string | undefined,
  path: PropertyKey[],
  what: string,
) {
  if (id === undefined || lib.areas.has(id as never)) return;
  report(
    path,
    'unknown_area',
    `${what}: area "${id}" is not defined`,
    'an area id from library/areas, e.g. "pacific-area"',
    didYouMean(suggest(id, lib.areas.keys())),
  );
}

function checkRule(report: Report, lib: Library, rule: AreaRule, path: PropertyKey[]) {
  if ('any' in rule)
    rule.any.forEach((r, i) => void checkRule(report, lib, r, [...path, 'any', i]));
  else if ('all' in rule)
    rule.all.forEach((r, i) => void checkRule(report, lib, r, [...path, 'all', i]));
  else if ('not' in rule) checkRule(report, lib, rule.not, [...path, 'not']);
  else if ('area' in rule) checkArea(report, lib, rule.area, [...path, 'area'], 'area rule');
  else if ('places' in rule)
    for (const [i, p] of rule.places.entries())
      checkPlace(report, lib, p, [...path, 'places', i], 'area rule');
  else if ('administeredBy' in rule)
    checkStates(report, rule.administeredBy, [...path, 'administeredBy'], 'area rule');
}

function checkDates(report: Report, item: { signed?: string; inForce?: string; ended?: string }) {
  if (item.signed && item.inForce && item.inForce < item.signed)
    report(
      ['inForce'],
      'date_order',
      `entered into force (${item.inForce}) before it was signed (${item.signed})`,
      'signed ≤ inForce',
    );
  const start = item.inForce ?? item.signed;
  if (start && item.ended && item.ended < start)
    report(
      ['ended'],
      'date_order',
      `ended (${item.ended}) before it began (${start})`,
      'inForce ≤ ended',
    );
}

function checkAgreements(lib: Library, issues: Issue[]) {
  for (const a of lib.agreements.values()) {
    const report = reporter(issues, lib.origins.get(`agreements:${a.id}`));
    checkStates(report, a.members, ['members'], 'members');
    a.memberships.forEach((m, i) => {
      if (!a.members.includes(m.state))
        report(
          ['memberships', i, 'state'],
          'unknown_state',
          `membership dates for ${m.state}, which is not among the members`,
          `one of the members: ${a.members.join(', ')}`,
        );
      if (m.joined && m.left && m.left < m.joined)
        report(
          ['memberships', i, 'left'],
          'date_order',
          `${m.state} left (${m.left}) before it joined (${m.joined})`,
          'joined ≤ left',
        );
    });
    checkDates(report, a);
    const clauseIds = new Set<string>();
    a.articles.forEach((article, ai) => {
      article.clauses.forEach((c, ci) => {
        const at = ['articles', ai, 'clauses', ci];
        clauseIds.add(c.id);
        for (const role of ['obligors', 'beneficiaries'] as const) {
          const parties = c[role];
          if (parties === 'members') continue;
          checkStates(
            report,
            parties,
            [...at, role],
            `${article.article}, clause ${c.id}, ${role}`,
          );
          parties.forEach((s, i) => {
            if (isKnownState(s) && !a.members.includes(s) && a.kind !== 'domestic-law')
              report(
                [...at, role, i],
                'unknown_state',
                `${article.article}: ${s} is named in clause ${c.id} but is not a member`,
                `one of the members: ${a.members.join(', ')}`,
              );
          });
        }
        checkArea(
          report,
          lib,
          c.trigger?.area,
          [...at, 'trigger', 'area'],
          `${article.article}, clause ${c.id}`,
        );
        checkStates(
          report,
          c.trigger?.adversaries,
          [...at, 'trigger', 'adversaries'],
          `${article.article}, clause ${c.id}, adversaries`,
        );
      });
    });
    a.exceptions.forEach((e, i) => {
      if (!clauseIds.has(e.clause))
        report(
          ['exceptions', i, 'clause'],
          'unknown_clause',
          `exception ${e.id} narrows clause "${e.clause}", which this agreement does not have`,
          `a clause id of ${a.id}: ${[...clauseIds].join(', ') || '(none)'}`,
          didYouMean(suggest(e.clause, clauseIds)),
        );
      checkStates(report, e.obligors, ['exceptions', i, 'obligors'], `exception ${e.id}`);
      checkStates(report, e.beneficiaries, ['exceptions', i, 'beneficiaries'], `exception ${e.id}`);
      checkStates(report, e.onlyAgainst, ['exceptions', i, 'onlyAgainst'], `exception ${e.id}`);
    });
    if (a.constraint) {
      checkStates(report, [a.constraint.state], ['constraint', 'state'], 'constraint');
      checkStates(
        report,
        a.constraint.closePartners,
        ['constraint', 'closePartners'],
        'constraint',
      );
    }
  }
}

function checkPlaces(lib: Library, issues: Issue[]) {
  for (const p of lib.places.values()) {
    const report = reporter(issues, lib.origins.get(`places:${p.id}`));
    if (p.administeredBy)
      checkStates(report, [p.administeredBy], ['administeredBy'], `place ${p.id}`);
    checkStates(report, p.claimants, ['claimants'], `place ${p.id}`);
    checkPlace(report, lib, p.within, ['within'], `place ${p.id}`);
  }
}

/** Checks an event's actor and target against the gazetteer and the states table. */
export function checkEvent(report: Report, lib: Library, event: Event, path: PropertyKey[]) {
  checkStates(report, [event.actor], [...path, 'actor'], 'event actor');
  if (event.provokedBy)
    checkStates(report, [event.provokedBy], [...path, 'provokedBy'], 'provokedBy');
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

/**
 * Checks assumptions given outside a scenario file (command-line flags, an API request).
 * @example checkAssumptions({...defaultAssumptions(), situations: {JPN: 'bogus'}}, lib) // [{code: 'invalid_value', …}]
 */
export function checkAssumptions(assumptions: Assumptions, lib: Library): Issue[] {
  const issues: Issue[] = [];
  checkSituations(reporter(issues, undefined), lib, assumptions, ['situations']);
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
  checkStates(
    report,
    Object.keys(scenario.assumptions.situations),
    ['assumptions', 'situations'],
    'situations',
  );
  checkSituations(report, lib, scenario.assumptions, ['assumptions', 'situations']);
  return issues;
}

/** Every cross-reference in a library, checked; returns all issues found. */
export function checkReferences(lib: Library): Issue[] {
  const issues: Issue[] = [];
  checkPlaces(lib, issues);
  for (const a of lib.areas.values())
    checkRule(reporter(issues, lib.origins.get(`areas:${a.id}`)), lib, a.rule, ['rule']);
  checkAgreements(lib, issues);
  for (const arch of lib.architectures.values()) {
    const report = reporter(issues, lib.origins.get(`architectures:${arch.id}`));
    for (const field of ['add', 'remove'] as const)
      arch[field].forEach((id, i) => {
        if (!lib.agreements.has(id))
          report(
            [field, i],
            'unknown_agreement',
            `agreement "${id}" is not in the library`,
            'an agreement id from library/agreements',
            didYouMean(suggest(id, lib.agreements.keys())),
          );
      });
  }
  for (const s of lib.scenarios.values())
    issues.push(...checkScenario(s, lib, lib.origins.get(`scenarios:${s.id}`)));
  return issues;
}

export type { LibraryKind };
