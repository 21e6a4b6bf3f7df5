/** The only entry point of @casus/core: the model, its validation, and (as they land) the engine and simulation. */
export * from './model/agreement.ts';
export * from './model/architecture.ts';
export * from './model/area.ts';
export * from './model/clause.ts';
export * from './model/dates.ts';
export * from './model/event.ts';
export * from './model/ids.ts';
export * from './model/issues.ts';
export * from './model/library.ts';
export * from './model/place.ts';
export { checkEvent, checkReferences, checkScenario } from './model/references.ts';
export * from './model/scenario.ts';
export { validate } from './model/schema-issues.ts';
export * from './model/states.ts';
export * from './model/suggest.ts';
export { parseYaml, type SourceText } from './model/yaml-source.ts';
