/** `--decide OBLIGOR:BENEFICIARY[@agreement]=P`: the user's own probability for a decision, for the simulation commands. */
import {
  checkAssumptions,
  type DecisionOverrides,
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
