/** The decision overrides a run applied, as an answer's header states them: one line listing them, a warning for each that set nothing. */
import { decisionRef } from '../model/decision-overrides.ts';
import type { AppliedOverride } from './prepare.ts';

/**
 * Each override's edges summed over a battery's runs, for one header over them all.
 * @example overridesOver([[{decision: 'USA:TWN', p: 0.6, edges: 0}], [{decision: 'USA:TWN', p: 0.6, edges: 2}]]) // [{…, edges: 2}]
 */
export function overridesOver(runs: readonly (readonly AppliedOverride[])[]): AppliedOverride[] {
  const total = new Map<string, AppliedOverride>();
  for (const o of runs.flat()) {
    // Keyed with p too: two scenario files may give one decision two probabilities.
    const key = `${o.decision}=${o.p}`;
    total.set(key, { ...o, edges: (total.get(key)?.edges ?? 0) + o.edges });
  }
  return [...total.values()];
}

/**
 * The overrides as the answer's header prints them: one line listing them, one warning per
 * override that set no edge.
 * @example decisionLines([{decision: 'USA:TWN', p: 0.6, edges: 1}]) // ['decisions (your own probabilities, not the model's): USA:TWN 0.6']
 */
export function decisionLines(
  overrides: readonly AppliedOverride[],
  where = 'this scenario',
): string[] {
  if (overrides.length === 0) return [];
  return [
    `decisions (your own probabilities, not the model's): ${overrides.map((o) => `${o.decision} ${o.p}`).join(', ')}`,
    ...overrides
      .filter((o) => o.edges === 0)
      .map((o) => {
        const ref = decisionRef(o.decision);
        return `warning: ${o.decision} names no decision in ${where}: ${ref?.obligor} has no commitment toward ${ref?.beneficiary}${ref?.agreement ? ` under ${ref.agreement}` : ''} that a trial reaches, so it changed nothing`;
      }),
  ];
}
