/** The flags that set a scenario's assumptions, applied in one order, and the lines that print them, for every command that simulates. */
import type { DecisionOverrides, Library, Scenario } from '@casus/core';
import { withBasingFlags } from './basing-flag.ts';
import { batteryLine, readingsLine, withCounterstrikeFlag } from './counterstrike-flag.ts';
import { withDecideFlags } from './decide-flag.ts';
import { projectionLine, withProjectionFlag } from './projection-flag.ts';
import { basingLine } from './render/header.ts';

/**
 * The scenario with --counterstrike-invokes, the basing flags and --assume, --projection and
 * --decide over its own assumptions; a flag the library cannot honour is an input error.
 * @example withScenarioFlags(taiwan, {projection: 'bases'}, lib, {}).assumptions.projection // 'bases'
 */
export const withScenarioFlags = (
  s: Scenario,
  values: Record<string, unknown>,
  lib: Library,
  decisions: DecisionOverrides,
): Scenario =>
  withDecideFlags(
    withProjectionFlag(withBasingFlags(withCounterstrikeFlag(s, values), values, lib), values),
    decisions,
    lib,
  );

/** The battery's counter-strike, basing and projection readings, a line each (or one per reading where scenarios differ). */
export const assumptionLines = (scenarios: readonly Scenario[]): string[] => [
  readingsLine(scenarios),
  batteryLine(scenarios, basingLine),
  batteryLine(scenarios, (a) => projectionLine(a.projection)),
];
