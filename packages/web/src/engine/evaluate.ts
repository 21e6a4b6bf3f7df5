/** Findings and cascades for the UI: user input checked first, then handed to the core engine. */
import {
  type AnswerCache,
  type Assumptions,
  asDate,
  type CascadeMode,
  type CascadeResult,
  checkScenario,
  createAnswerCache,
  dateCoverage,
  defaultAssumptions,
  type EventInput,
  type Finding,
  findObligations,
  hasErrors,
  type Issue,
  isCalendarDate,
  type Library,
  type LibraryDates,
  Lru,
  libraryDates,
  type NoCommitment,
  noCommitments,
  prepareWorld,
  runCascade,
  Scenario,
  validate,
  type World,
  whyNotCalendarDate,
} from '@casus/core';
import { derive } from './derive.ts';
import type { Setup } from './protocol.ts';

const noAssumptions: Assumptions = defaultAssumptions();

/** Checks events as a scenario would be checked, so bad input comes back as located issues. */
function checkedScenario(lib: Library, setup: Setup, architecture: string, events: EventInput[]) {
  const input = {
    id: 'workbench',
    name: 'Workbench scenario',
    description: 'Built in the workbench',
    architecture,
    date: setup.date,
    events,
    assumptions: setup.assumptions ?? noAssumptions,
  };
  const r = validate(Scenario, input, 'scenario');
  if (!r.ok) return { issues: r.issues };
  const issues = checkScenario(r.value, lib);
  return issues.some((i) => i.severity === 'error') ? { issues } : { scenario: r.value, issues };
}

const spans = new WeakMap<Library, LibraryDates | undefined>();
const spanOf = (lib: Library) => {
  if (!spans.has(lib)) spans.set(lib, libraryDates(lib.agreements.values()));
  return spans.get(lib);
};

/**
 * What the form leaves out or gets wrong before any scenario check: no date, no target place,
 * and (a warning) a date outside what the library covers.
 * @example inputIssues(lib, {architecture: 'status-quo', date: ''}, [event])[0].message // 'a date is required'
 */
export function inputIssues(lib: Library, setup: Setup, events: readonly EventInput[]): Issue[] {
  const out: Issue[] = [];
  if (!setup.date)
    out.push({
      code: 'missing_field',
      severity: 'error',
      pointer: '/date',
      message: 'a date is required',
      expected: whyNotCalendarDate(''),
    });
  else if (isCalendarDate(setup.date)) {
    const today = setup.today ?? new Date().toISOString().slice(0, 10);
    const w = dateCoverage(spanOf(lib), asDate(setup.date), asDate(today));
    if (w) out.push(w);
  }
  for (const [i, e] of events.entries())
    if ('place' in e.target && e.target.place === '')
      out.push({
        code: 'missing_field',
        severity: 'error',
        pointer: `/events/${i}/target/place`,
        message: 'choose a place on the map or in the list',
        expected: 'a place from the gazetteer, e.g. Senkaku Islands',
      });
  return out;
}

/** Worlds and answers the worker keeps between requests, each bounded. */
export interface EngineCaches {
  worlds: Lru<string, World>;
  answers: AnswerCache;
}

/**
 * The worker's caches: the 8 worlds and 256 answers used last.
 * @example const caches = createEngineCaches(); evaluateEvent(lib, setup, caches)
 */
export const createEngineCaches = (): EngineCaches => ({
  worlds: new Lru(8),
  answers: createAnswerCache({ size: 256 }),
});

// A setup with designs gets a library of its own, so its world is prepared afresh and not kept.
function worldFor(lib: Library, base: Library, architecture: string, s: Scenario, c: EngineCaches) {
  const prepare = () =>
    prepareWorld(lib, { architecture, date: asDate(s.date), assumptions: s.assumptions });
  if (lib !== base) return prepare();
  return c.worlds.get(JSON.stringify([architecture, s.date, s.assumptions]), prepare);
}

/**
 * Every finding for one event under the setup, and the victim's agreements that commit nobody.
 * @example evaluateEvent(lib, {architecture: 'status-quo', date: '2025-06-01', event}).noCommitments[0].shortName // 'Quad'
 */
export function evaluateEvent(
  lib: Library,
  setup: Setup & { event: EventInput },
  caches: EngineCaches = createEngineCaches(),
): { findings: Finding[]; noCommitments: NoCommitment[]; issues: Issue[] } {
  const d = derive(lib, setup);
  const input = inputIssues(d.library, setup, [setup.event]);
  if (hasErrors(input)) return { findings: [], noCommitments: [], issues: [...d.issues, ...input] };
  const checked = checkedScenario(d.library, setup, d.architecture, [setup.event]);
  if (!checked.scenario)
    return { findings: [], noCommitments: [], issues: [...d.issues, ...input, ...checked.issues] };
  const world = worldFor(d.library, lib, d.architecture, checked.scenario, caches);
  const event = checked.scenario.events[0]!;
  return {
    findings: findObligations(world, event, 0, caches.answers),
    noCommitments: noCommitments(world, event, 0),
    issues: [...d.issues, ...input],
  };
}

/** Runs the cascade for the setup's events in the given mode. */
export function evaluateCascade(
  lib: Library,
  setup: Setup & { events: EventInput[]; mode: CascadeMode },
  caches: EngineCaches = createEngineCaches(),
): { result?: CascadeResult; issues: Issue[] } {
  const d = derive(lib, setup);
  const input = inputIssues(d.library, setup, setup.events).filter((i) => i.severity === 'error');
  if (input.length > 0) return { issues: [...d.issues, ...input] };
  const checked = checkedScenario(d.library, setup, d.architecture, setup.events);
  if (!checked.scenario) return { issues: [...d.issues, ...checked.issues] };
  const world = worldFor(d.library, lib, d.architecture, checked.scenario, caches);
  const result = runCascade(world, checked.scenario.events, {
    mode: setup.mode,
    cache: caches.answers,
  });
  return { result, issues: d.issues };
}
