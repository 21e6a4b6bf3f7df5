/** Decision overrides as parameters of a sensitivity analysis: each stated probability moved ± a stated spread, clipped to [0, 1]. */
import type { Scenario } from '../model/scenario.ts';
import type { ModelParameter } from '../sim/model-parameters.ts';

/** How a decision's parameter is named beside the model's: "decide USA:TWN". */
export const DECIDE_PREFIX = 'decide ';

/**
 * One parameter per decision the scenarios override (`assumptions.decisions`), at the first
 * scenario's stated probability, over p ± spread clipped to [0, 1]; a decision several scenarios
 * state differently moves to the same low and high in each.
 * @example decisionParameters([taiwanWithUsa06], 0.2)[0] // {name: 'decide USA:TWN', point: 0.6, low: 0.4, high: 0.8, …}
 */
export function decisionParameters(
  scenarios: readonly Scenario[],
  spread: number,
): ModelParameter[] {
  const stated = new Map<string, number>();
  for (const s of scenarios)
    for (const [decision, p] of Object.entries(s.assumptions.decisions))
      if (!stated.has(decision)) stated.set(decision, p);
  return [...stated].map(([decision, p]) => ({
    name: `${DECIDE_PREFIX}${decision}`,
    kind: 'override',
    point: p,
    low: Math.max(0, p - spread),
    high: Math.min(1, p + spread),
    range: `override: p ± ${spread}, clipped to [0, 1]`,
    source: `the user's decision override ${decision} = ${p}`,
  }));
}

/**
 * The values of a setting split into the model's and the decisions', the latter keyed by decision.
 * @example splitSetting({distance: -0.1, 'decide USA:TWN': 0.8}) // {model: {distance: -0.1}, decisions: {'USA:TWN': 0.8}}
 */
export function splitSetting(values: Readonly<Record<string, number>>) {
  const model: Record<string, number> = {};
  const decisions: Record<string, number> = {};
  for (const [name, v] of Object.entries(values))
    if (name.startsWith(DECIDE_PREFIX)) decisions[name.slice(DECIDE_PREFIX.length)] = v;
    else model[name] = v;
  return { model, decisions };
}

/**
 * The scenario's overrides with a setting's decision values in place of those it states (a
 * decision it does not state stays unstated).
 * @example decisionsUnder(taiwan, {'USA:TWN': 0.8}) // {'USA:TWN': 0.8}
 */
export function decisionsUnder(scenario: Scenario, decisions: Readonly<Record<string, number>>) {
  const own = scenario.assumptions.decisions;
  return Object.fromEntries(Object.entries(own).map(([k, p]) => [k, decisions[k] ?? p]));
}
