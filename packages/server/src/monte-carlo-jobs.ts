/** The Monte Carlo job kinds: their params checked against the library here, the trials run by a Monte Carlo runner. */
import {
  checkAssumptions,
  type DecisionOverrides,
  didYouMean,
  type Issue,
  type Library,
  parseMeasure,
  type Scenario,
  suggest,
  withDecisions,
} from '@casus/core';
import type { CompareRun, RunControl, SensitivityRun, SimulateRun } from '@casus/runner';
import { type DesignedLibrary, withDesignedAgreements } from './designed-agreements.ts';
import { MonteCarloCompareParams, SensitivityParams, SimulateParams } from './job-params.ts';
import type { JobContext, JobRunner } from './jobs.ts';
import type { LibraryState } from './library-state.ts';

/** What the job kinds need of a runner (@casus/runner's `createMonteCarloRunner`, or a test's fake): answers that stop when `job.signal` aborts. */
export interface MonteCarloEngine {
  compare(run: CompareRun, job: RunControl): Promise<object>;
  simulate(run: SimulateRun, job: RunControl): Promise<object>;
  sensitivity(run: SensitivityRun, job: RunControl): Promise<object>;
}

function unknown(
  what: 'scenario' | 'architecture',
  id: string,
  pointer: string,
  known: Iterable<string>,
): Issue {
  return {
    code: what === 'architecture' ? 'unknown_architecture' : 'invalid_value',
    severity: 'error',
    pointer,
    message: `${what} "${id}" is not in the library`,
    expected: `one of ${[...known].join(', ')}`,
    hint: didYouMean(suggest(id, known)),
  };
}

/** The request's decisions over each scenario's own: unknown states, agreements and two keys for one decision, pointing at /decisions. */
function decisionIssues(
  library: Library,
  decisions: DecisionOverrides | undefined,
  scenarios: readonly Scenario[],
): Issue[] {
  if (!decisions) return [];
  const issues = scenarios.flatMap((s) =>
    checkAssumptions(withDecisions(s, decisions).assumptions, library).filter((i) =>
      i.pointer.startsWith('/decisions'),
    ),
  );
  return [...new Map(issues.map((i) => [`${i.pointer} ${i.message}`, i])).values()];
}

/** Resolves the ids of the request against the library with its designed pacts; issues point into params. */
function resolve(
  state: LibraryState,
  params: {
    extraAgreements?: MonteCarloCompareParams['extraAgreements'];
    decisions?: DecisionOverrides | undefined;
  },
  scenarios: [string, string][],
  architectures: [string, string][],
) {
  const designed = withDesignedAgreements(state.library, params.extraAgreements ?? []);
  const { library } = designed;
  const issues = [
    ...designed.issues,
    ...scenarios
      .filter(([id]) => !library.scenarios.has(id))
      .map(([id, at]) => unknown('scenario', id, at, library.scenarios.keys())),
    ...architectures
      .filter(([id]) => !library.architectures.has(id as never))
      .map(([id, at]) => unknown('architecture', id, at, library.architectures.keys())),
  ];
  const named = scenarios.flatMap(([id]) => library.scenarios.get(id) ?? []);
  // A compare job without scenario ids runs the whole battery.
  const checked = scenarios.length > 0 ? named : [...library.scenarios.values()];
  issues.push(...decisionIssues(library, params.decisions, checked));
  return { designed, issues };
}

const designedIds = (p: { extraAgreements?: { id: string }[] | undefined }) =>
  (p.extraAgreements ?? []).map((a) => a.id);

type Ids = [string, string][];

/** A Monte Carlo job kind: ids checked against the library with the job's designed pacts, the answer stamped with the library version. */
function monteCarloRunner<P extends Parameters<typeof resolve>[1]>(
  state: LibraryState,
  kind: Pick<JobRunner<P>, 'params' | 'summary'> & {
    /** The params' scenario and architecture ids, each with its JSON pointer. */
    ids: (p: P) => [scenarios: Ids, architectures: Ids];
    run: (p: P, designed: DesignedLibrary, job: JobContext) => Promise<object>;
  },
): JobRunner<P> {
  const resolved = (p: P) => resolve(state, p, ...kind.ids(p));
  return {
    params: kind.params,
    summary: kind.summary,
    check: (p) => resolved(p).issues,
    async run(p, job) {
      const answer = await kind.run(p, resolved(p).designed, job);
      return { ...answer, libraryVersion: state.hash, extraAgreements: designedIds(p) };
    },
  };
}

const compareRunner = (state: LibraryState, engine: MonteCarloEngine) =>
  monteCarloRunner<MonteCarloCompareParams>(state, {
    params: MonteCarloCompareParams,
    summary:
      'Monte Carlo over the battery: deterrence, entanglement and escalation per scenario and architecture, with 95% intervals, and coverage',
    ids: (p) => [
      (p.scenarios ?? []).map((id, i) => [id, `/scenarios/${i}`]),
      p.architectures.map((id, i) => [id, `/architectures/${i}`]),
    ],
    run: (p, designed, job) => {
      const { library } = designed;
      const architectures = [
        ...p.architectures,
        ...designed.architectures.filter((a) => !p.architectures.includes(a)),
      ];
      const ids = p.scenarios ?? [...library.scenarios.keys()];
      const scenarios = ids.map((id) =>
        withDecisions(library.scenarios.get(id)!, p.decisions ?? {}),
      );
      return engine.compare(
        { library, scenarios, architectures, trials: p.trials, seed: p.seed },
        job,
      );
    },
  });

const simulateRunner = (state: LibraryState, engine: MonteCarloEngine) =>
  monteCarloRunner<SimulateParams>(state, {
    params: SimulateParams,
    summary:
      'Monte Carlo for one scenario: P(enter) per state, deterrence, entanglement and escalation, with 95% intervals',
    ids: (p) => [
      [[p.scenario, '/scenario']],
      p.architecture === undefined ? [] : [[p.architecture, '/architecture']],
    ],
    run: (p, { library }, job) => {
      const scenario = withDecisions(library.scenarios.get(p.scenario)!, p.decisions ?? {});
      const architecture = p.architecture ?? scenario.architecture;
      return engine.simulate(
        { library, scenario, architecture, trials: p.trials, seed: p.seed },
        job,
      );
    },
  });

const sensitivityRunner = (state: LibraryState, engine: MonteCarloEngine) =>
  monteCarloRunner<SensitivityParams>(state, {
    params: SensitivityParams,
    summary:
      'one parameter of the reliability model at a time over its range, the others at their point values: the tornado of a measure, as casus sensitivity',
    ids: (p) => [
      (p.scenarios ?? []).map((id, i) => [id, `/scenarios/${i}`]),
      p.architectures.map((id, i) => [id, `/architectures/${i}`]),
    ],
    run: (p, { library }, job) => {
      const ids = p.scenarios ?? [...library.scenarios.keys()];
      const scenarios = ids.map((id) => library.scenarios.get(id)!);
      const measure = parseMeasure(p.measure)!;
      const { architectures, trials, seed } = p;
      return engine.sensitivity({ library, scenarios, architectures, measure, trials, seed }, job);
    },
  });

/**
 * `compare`, `simulate` and `sensitivity` over a library, the trials run by `engine`; the app makes its own
 * with @casus/runner, tests pass a fake.
 * @example buildApp({jobRunners: monteCarloJobRunners(state, engine)})
 */
export const monteCarloJobRunners = (
  state: LibraryState,
  engine: MonteCarloEngine,
): Record<string, JobRunner> => ({
  compare: compareRunner(state, engine) as JobRunner,
  simulate: simulateRunner(state, engine) as JobRunner,
  sensitivity: sensitivityRunner(state, engine) as JobRunner,
});
