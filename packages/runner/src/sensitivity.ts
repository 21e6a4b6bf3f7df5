/**
 * Sensitivity of a battery's measure to the reliability model's parameters and the decision
 * overrides its scenarios state: one at a time (a
 * tornado) or variance-based (Sobol indices). Each scenario's world is prepared once per
 * architecture; every setting of the parameters then runs in one worker pool, with the same seed
 * and each scenario on its own streams, so all settings draw the same random numbers trial by
 * trial (common random numbers) and the only thing that moves between them is the parameters.
 */
import {
  type BatteryRunOf,
  batteryRow,
  DEFAULT_RANGE_RULE,
  decisionParameters,
  decisionsUnder,
  differenceRow,
  type Estimate,
  forkStream,
  type Library,
  type ModelParameter,
  measureOf,
  measureTitle,
  modelParameters,
  oatSettings,
  prepareScenario,
  type RangeRule,
  type Scenario,
  type SensitivityMeasure,
  type StateId,
  scenarioBasis,
  sobolDesign,
  sobolIndices,
  splitSetting,
  tornadoRows,
  withParameterValues,
} from '@casus/core';
import { modelStamp, type SimContext } from './context.ts';
import { simulate } from './parallel.ts';

export interface SensitivityOptions {
  trials: number;
  seed: number;
  workers?: number | undefined;
  measure: SensitivityMeasure;
  rule?: RangeRule | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** Which scenarios and architectures, and the library they are read in. */
export interface SensitivityScope {
  scenarios: readonly Scenario[];
  architectures: readonly string[];
  library?: Library | undefined;
}

/** The parameters that move (a range of zero width, such as a probability of 0, cannot) and those that cannot. */
function splitParameters(ctx: SimContext, scope: SensitivityScope, rule: RangeRule) {
  const all = [
    ...modelParameters(ctx.params, rule),
    ...decisionParameters(scope.scenarios, rule.decide),
  ];
  return {
    moving: all.filter((p) => p.high > p.low),
    fixed: all.filter((p) => !(p.high > p.low)).map((p) => p.name),
  };
}

const membersOf = (m: SensitivityMeasure): StateId[] => (m.kind === 'p' ? [m.state] : []);

/**
 * Runs the scope under each setting; `runs[s][a]` is setting s's runs of architecture a, one per
 * scenario. `pairs` lists settings to run paired (the first of each as the baseline).
 */
async function runSettings(
  ctx: SimContext,
  scope: SensitivityScope,
  settings: readonly Record<string, number>[],
  options: SensitivityOptions,
  pairs: readonly (readonly [number, number])[] = [],
): Promise<BatteryRunOf[][][]> {
  const library = scope.library ?? ctx.library;
  const { scenarios, architectures } = scope;
  const bases = architectures.map((a) => scenarios.map((s) => scenarioBasis(library, s, a)));
  const perSetting = architectures.length * scenarios.length;
  const members = membersOf(options.measure);
  const prepared = settings.flatMap((values) => {
    const setting = splitSetting(values);
    const params = withParameterValues(ctx.params, setting.model);
    return architectures.flatMap((architecture, a) =>
      scenarios.map((s, i) =>
        prepareScenario(library, s, {
          architecture,
          params,
          inputs: ctx.inputs,
          parameterDraws: false,
          basis: bases[a]![i]!,
          decisions: decisionsUnder(s, setting.decisions),
        }),
      ),
    );
  });
  const groups = pairs.flatMap(([x, y]) =>
    Array.from({ length: perSetting }, (_, k) => [x * perSetting + k, y * perSetting + k]),
  );
  const aggregates = await simulate(
    prepared.map((p) => p.sim),
    {
      trials: options.trials,
      seed: options.seed,
      workers: options.workers,
      signal: options.signal,
      onProgress: options.onProgress,
      pairs: {
        groups,
        members: prepared.map((p) => Int32Array.from(members, (s) => p.states.indexOf(s))),
      },
    },
  );
  return settings.map((_, s) =>
    architectures.map((_, a) =>
      scenarios.map((_, i) => {
        const k = s * perSetting + a * scenarios.length + i;
        const p = prepared[k]!;
        return {
          states: p.states,
          initialSide: p.sim.cascade.initialSide,
          aggregate: aggregates[k]!,
        };
      }),
    ),
  );
}

/** What every sensitivity answer says about how it was made. */
function header(
  ctx: SimContext,
  scope: SensitivityScope,
  options: SensitivityOptions,
  rule: RangeRule,
) {
  return {
    command: 'sensitivity',
    battery: scope.scenarios.map((s) => s.id),
    architectures: [...scope.architectures],
    measure: options.measure,
    measureTitle: measureTitle(options.measure),
    seed: options.seed,
    trials: options.trials,
    rule,
    parameterDraws:
      'off: every run uses the parameters’ values as set, so the only thing that moves between runs is the parameter varied',
    model: modelStamp(ctx),
  };
}

/** Cost of a design in runs of the battery, simulated scenarios and trials. */
const costOf = (runs: number, scope: SensitivityScope, trials: number) => {
  const scenarios = runs * scope.scenarios.length * scope.architectures.length;
  return { runs, scenarioRuns: scenarios, trials: scenarios * trials };
};

/**
 * One at a time: the point run and each parameter at its low and its high, the others at their
 * point values; per architecture, the measure at each and the tornado sorted by swing (high − low,
 * with the 95% interval of the paired difference).
 * @example await sensitivityOneAtATime(ctx, {scenarios, architectures: ['status-quo']}, {trials: 4096, seed: 1, measure: {kind: 'deterrence'}})
 */
export async function sensitivityOneAtATime(
  ctx: SimContext,
  scope: SensitivityScope,
  options: SensitivityOptions,
) {
  const rule = options.rule ?? DEFAULT_RANGE_RULE;
  const { moving, fixed } = splitParameters(ctx, scope, rule);
  const settings = oatSettings(moving);
  const pairs = moving.map((_, j) => [1 + 2 * j, 2 + 2 * j] as const);
  const runs = await runSettings(
    ctx,
    scope,
    settings.map((s) => s.values),
    options,
    pairs,
  );
  const members = membersOf(options.measure);
  const tornado = scope.architectures.map((architecture, a) => {
    const at = (s: number) =>
      measureOf(options.measure, batteryRow(architecture, runs[s]![a]!, members));
    const swing = (j: number): Estimate => {
      const paired = runs[2 + 2 * j]![a]!.map((high, i) => ({
        a: high,
        b: runs[1 + 2 * j]![a]![i]!,
      }));
      return measureOf(options.measure, differenceRow(architecture, architecture, paired, members));
    };
    return { architecture, point: at(0), rows: tornadoRows(moving, at, swing) };
  });
  return {
    ...header(ctx, scope, options, rule),
    method: 'oat' as const,
    cost: costOf(settings.length, scope, options.trials),
    parameters: moving,
    fixed,
    tornado,
  };
}

/** The seed's stream for the Sobol design's draws, apart from the trials' streams. */
const DESIGN_STREAM = 0x5eed;

/**
 * Variance-based: Sobol first-order and total indices of the measure, every moving parameter
 * drawn uniformly on its one-at-a-time range, independently, from `samples` (N) base rows: N(k + 2)
 * runs of the battery, each of `trials` trials; the design is seeded by the same seed.
 * @example await sensitivitySobol(ctx, scope, {trials: 2048, seed: 1, measure: {kind: 'deterrence'}}, 32)
 */
export async function sensitivitySobol(
  ctx: SimContext,
  scope: SensitivityScope,
  options: SensitivityOptions,
  samples: number,
) {
  const rule = options.rule ?? DEFAULT_RANGE_RULE;
  const { moving, fixed } = splitParameters(ctx, scope, rule);
  const rows = sobolDesign(moving, samples, forkStream(options.seed, DESIGN_STREAM));
  const settings = rows.map((row) => Object.fromEntries(moving.map((p, j) => [p.name, row[j]!])));
  const runs = await runSettings(ctx, scope, settings, options);
  const members = membersOf(options.measure);
  const sobol = scope.architectures.map((architecture, a) => {
    const f = runs.map(
      (r) => measureOf(options.measure, batteryRow(architecture, r[a]!, members)).value,
    );
    const s = sobolIndices(f, samples, moving.length);
    return { architecture, variance: s.variance, indices: indicesOf(moving, s) };
  });
  return {
    ...header(ctx, scope, options, rule),
    method: 'sobol' as const,
    samples,
    design:
      'Saltelli: matrices A and B of N rows, pseudo-random uniform on each parameter’s one-at-a-time range, independent; first-order indices by Saltelli et al. 2010, total by Jansen 1999',
    cost: costOf(rows.length, scope, options.trials),
    parameters: moving,
    fixed,
    sobol,
  };
}

/** One row per parameter, the largest total index first. */
const indicesOf = (moving: readonly ModelParameter[], s: { first: number[]; total: number[] }) =>
  moving
    .map((p, j) => ({ parameter: p.name, range: p.range, first: s.first[j]!, total: s.total[j]! }))
    .sort((x, y) => y.total - x.total || x.parameter.localeCompare(y.parameter));

export type OneAtATimeAnswer = Awaited<ReturnType<typeof sensitivityOneAtATime>>;
export type SobolAnswer = Awaited<ReturnType<typeof sensitivitySobol>>;
