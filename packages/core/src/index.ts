/** The only entry point of @casus/core: the model and its validation, the engine, the simulation and the analytics. */

export * from './analytics/agreement-table.ts';
export * from './analytics/alliance-portfolio.ts';
export * from './analytics/calibration.ts';
export * from './analytics/calibration-chart.ts';
export * from './analytics/chance-corrected.ts';
export * from './analytics/compare.ts';
export * from './analytics/compare-model.ts';
export * from './analytics/coverage.ts';
export * from './analytics/decision-parameters.ts';
export * from './analytics/expert-check.ts';
export * from './analytics/expert-output.ts';
export * from './analytics/explore.ts';
export * from './analytics/fit-checks.ts';
export * from './analytics/fit-file.ts';
export * from './analytics/kendall-tau-b.ts';
export * from './analytics/landscape.ts';
export * from './analytics/library-coverage.ts';
export * from './analytics/logistic-fit.ts';
export * from './analytics/nice-step.ts';
export * from './analytics/one-at-a-time.ts';
export * from './analytics/out-of-sample.ts';
export * from './analytics/present-day.ts';
export * from './analytics/reference-system.ts';
export * from './analytics/reliability-diagram.ts';
export * from './analytics/scoring.ts';
export * from './analytics/sensitivity-measure.ts';
export * from './analytics/sensitivity-output.ts';
export * from './analytics/signorino-ritter.ts';
export * from './analytics/similarity.ts';
export * from './analytics/sobol-indices.ts';
export * from './analytics/tornado-chart.ts';
export * from './backtest/index.ts';
export * from './bench-row.ts';
export * from './engine/answer-cache.ts';
export {
  type ArchitecturePlan,
  planArchitecture,
  type Stretch,
} from './engine/architecture-plan.ts';
export * from './engine/basing.ts';
export * from './engine/bench.ts';
export * from './engine/cascade.ts';
export * from './engine/cascade-types.ts';
export * from './engine/cases.ts';
export * from './engine/counterstrikes.ts';
export * from './engine/describe.ts';
export * from './engine/design-effect.ts';
export * from './engine/event-spec.ts';
export * from './engine/find-obligations.ts';
export * from './engine/finding.ts';
export * from './engine/finding-groups.ts';
export {
  type Gazetteer,
  type Location,
  locate,
  placesOn,
  prepareGazetteer,
  victimOf,
} from './engine/gazetteer.ts';
export { representativePoint } from './engine/geometry.ts';
export * from './engine/hostilities.ts';
export { inArea } from './engine/in-area.ts';
export {
  agreementInForce,
  architectureAgreements,
  clauseInForce,
  exceptionsFor,
  membersOn,
} from './engine/in-force.ts';
export * from './engine/lru.ts';
export * from './engine/no-commitment.ts';
export * from './engine/obligations-output.ts';
export * from './engine/output-schema.ts';
export * from './engine/pair.ts';
export * from './engine/scenario.ts';
export type { Group, Slate } from './engine/slate.ts';
export * from './engine/world.ts';
export * from './geo/distance.ts';
export * from './geo/strength-gradient.ts';
export * from './model/agreement.ts';
export * from './model/architecture.ts';
export * from './model/area.ts';
export * from './model/base.ts';
export * from './model/bases-output.ts';
export * from './model/clause.ts';
export * from './model/dates.ts';
export * from './model/decision-overrides.ts';
export * from './model/declaration.ts';
export * from './model/default-architectures.ts';
export * from './model/each-once.ts';
export * from './model/event.ts';
export * from './model/expert-judgements.ts';
export * from './model/find-bases.ts';
export * from './model/ids.ts';
export * from './model/issues.ts';
export * from './model/library.ts';
export * from './model/library-dates.ts';
export * from './model/library-version.ts';
export * from './model/load-library.ts';
export * from './model/offences.ts';
export * from './model/place.ts';
export { checkReferences } from './model/references.ts';
export * from './model/scenario.ts';
export { checkAssumptions, checkEvent, checkScenario } from './model/scenario-checks.ts';
export { validate } from './model/schema-issues.ts';
export * from './model/sofa.ts';
export * from './model/states.ts';
export * from './model/suggest.ts';
export * from './model/territory.ts';
export { runYamlBench, type YamlBenchOptions } from './model/yaml-bench.ts';
export { parseYaml, type SourceText } from './model/yaml-source.ts';
export { wrapWords } from './report/bar-chart.ts';
export * from './report/compare-answer.ts';
export * from './report/compare-measures.ts';
export * from './report/compare-report.ts';
export * from './report/estimate-text.ts';
export * from './report/html.ts';
export * from './report/strongest-covers.ts';
export * from './sim/coefficient-draws.ts';
export * from './sim/collector.ts';
export * from './sim/compiled-cascade.ts';
export * from './sim/decision-lines.ts';
export * from './sim/declaratory.ts';
export * from './sim/declaratory-params.ts';
export * from './sim/edge-features.ts';
export * from './sim/fitted-calibration.ts';
export * from './sim/fitted-probability.ts';
export * from './sim/intervals.ts';
export * from './sim/major-powers.ts';
export * from './sim/measure-moments.ts';
export * from './sim/model-parameters.ts';
export * from './sim/monte-carlo.ts';
export * from './sim/nuclear-states.ts';
export * from './sim/paired-trials.ts';
export * from './sim/parameter-sources.ts';
export * from './sim/prepare.ts';
export * from './sim/ratio-variance.ts';
export * from './sim/reliability.ts';
export * from './sim/reliability-context.ts';
export * from './sim/reliability-fitted.ts';
export * from './sim/reliability-model.ts';
export * from './sim/reliability-params.ts';
export * from './sim/rng.ts';
export * from './sim/stakes.ts';
export * from './sim/summary.ts';
export * from './sim/trial.ts';
export * from './sim/umbrellas.ts';
export * from './sofa/compare-sofas.ts';
export * from './sofa/diff-sofas.ts';
export * from './sofa/holder.ts';
export * from './sofa/incident.ts';
export * from './sofa/incident-input.ts';
export * from './sofa/rule-conditions.ts';
export * from './sofa/sides.ts';
export * from './sofa/sofa-cases.ts';
export * from './sofa/sofa-output.ts';
