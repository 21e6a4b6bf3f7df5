/** `--decide OBLIGOR:BENEFICIARY[@agreement]=P`: the user's own probability for a decision, for the simulation commands. */
import {
  type AppliedOverride,
  checkAssumptions,
  type DecisionOverrides,
  decisionRef,
  defaultAssumptions,
  type Library,
  parseDecide,
  type Scenario,
  withDecisions,
} from '@casus/core';
import { InputError, UsageError } from './command.ts';

export const decideFlags = { decide: { type: 'string', multiple: true } } as const;

export const DECIDE_USAGE = `  --decide O:B=P       repeatable; the probability P (a decimal, 0 to 1) that obligor O acts for
                        beneficiary B, in place of the model's, for every clause of O toward B
                        (O:B@agreement for one agreement's), e.g. --decide USA:TWN=0.6; one
                        decision, also where O's own law holds it back (docs/simulation.md)`;

/**
 * The --decide flags as overrides, checked against the library: malformed text, a key given
 * twice, unknown states (with near names) and agreements are bad input.
 * @example decideOption({decide: ['USA:TWN=0.6']}, lib) // {'USA:TWN': 0.6}
 */
export function decideOption(values: Record<string, unknown>, lib: Library): DecisionOverrides {
  const out: DecisionOverrides = {};
  for (const text of (values.decide as string[] | undefined) ?? []) {
    const r = parseDecide(text);
    if (!r.ok) throw new UsageError(r.message);
    if (r.decision in out)
      throw new UsageError(
        `--decide ${r.decision} is given twice (${out[r.decision]} and ${r.p}): give each decision once`,
      );
    out[r.decision] = r.p;
  }
  const issues = checkAssumptions({ ...defaultAssumptions(), decisions: out }, lib);
  if (issues.length > 0) throw new InputError(issues.map((i) => ({ ...i, file: '--decide' })));
  return out;
}

/**
 * The scenario with the flags' overrides added to its own (a flag replaces the scenario's for
 * the same key); a flag and a scenario key that name one decision are bad input.
 * @example withDecideFlags(taiwan, {'USA:TWN': 0.6}, lib).assumptions.decisions // {'USA:TWN': 0.6}
 */
export function withDecideFlags(s: Scenario, flags: DecisionOverrides, lib: Library): Scenario {
  const merged = withDecisions(s, flags);
  const issues = checkAssumptions(merged.assumptions, lib).filter((i) =>
    i.pointer.startsWith('/decisions'),
  );
  if (issues.length > 0)
    throw new InputError(issues.map((i) => ({ ...i, file: `--decide with scenario ${s.id}` })));
  return merged;
}

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
