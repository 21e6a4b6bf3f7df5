/**
 * Decision overrides: a user's own probability for an obligor's decision to act for a beneficiary,
 * written `OBLIGOR:BENEFICIARY` or `OBLIGOR:BENEFICIARY@agreement`, in place of the reliability
 * model's (docs/simulation.md, "Decision overrides").
 */
import { z } from 'zod';
import type { AgreementId, StateId } from './ids.ts';

const KEY = /^([A-Z]{3}):([A-Z]{3})(?:@([a-z0-9][a-z0-9-]*))?$/;
const EXAMPLE = 'e.g. "USA:TWN" or "USA:JPN@us-japan-1960"';

/** The decisions a user states, keyed `OBLIGOR:BENEFICIARY[@agreement]`, each a probability in [0, 1]. */
export const DecisionOverrides = z.record(
  z.string().regex(KEY, `OBLIGOR:BENEFICIARY or OBLIGOR:BENEFICIARY@agreement, ${EXAMPLE}`),
  z
    .number()
    .min(0, 'a probability from 0 to 1, e.g. 0.6')
    .max(1, 'a probability from 0 to 1, e.g. 0.6 (not a percentage)'),
);
export type DecisionOverrides = z.infer<typeof DecisionOverrides>;

/** One override's key read into its parts. */
export interface DecisionRef {
  /** The key as written, e.g. "USA:JPN@us-japan-1960". */
  decision: string;
  obligor: StateId;
  beneficiary: StateId;
  /** Absent: every agreement and clause of the obligor toward the beneficiary. */
  agreement?: AgreementId | undefined;
}

/**
 * The parts of a key, or undefined when it is not one.
 * @example decisionRef('USA:JPN@us-japan-1960') // {decision, obligor: 'USA', beneficiary: 'JPN', agreement: 'us-japan-1960'}
 */
export function decisionRef(decision: string): DecisionRef | undefined {
  const m = KEY.exec(decision);
  if (!m) return undefined;
  return {
    decision,
    obligor: m[1] as StateId,
    beneficiary: m[2] as StateId,
    ...(m[3] ? { agreement: m[3] as AgreementId } : {}),
  };
}

/** A probability written as a decimal: 0, 1, 0.6, .25; not 60% or 1e-1. */
const DECIMAL = /^(?:0(?:\.\d+)?|1(?:\.0+)?|\.\d+)$/;

/**
 * `--decide USA:TWN=0.6` read into its key and probability, or the reason it cannot be, in words.
 * @example parseDecide('USA:TWN=0.6') // {ok: true, decision: 'USA:TWN', p: 0.6}
 */
export function parseDecide(
  text: string,
): { ok: true; decision: string; p: number } | { ok: false; message: string } {
  const at = text.lastIndexOf('=');
  if (at < 0)
    return {
      ok: false,
      message: `--decide "${text}" has no "=": give OBLIGOR:BENEFICIARY=P, e.g. USA:TWN=0.6`,
    };
  const decision = text.slice(0, at).trim();
  const value = text.slice(at + 1).trim();
  if (!decisionRef(decision))
    return {
      ok: false,
      message: `--decide "${text}": "${decision}" is not OBLIGOR:BENEFICIARY or OBLIGOR:BENEFICIARY@agreement (ISO alpha-3 codes in capitals, ${EXAMPLE})`,
    };
  if (!DECIMAL.test(value))
    return {
      ok: false,
      message: `--decide "${text}": the probability "${value}" must be a decimal from 0 to 1, e.g. 0.6 (not a percentage)`,
    };
  return { ok: true, decision, p: Number(value) };
}

/**
 * Pairs of keys that name some decision twice (`USA:JPN` and `USA:JPN@us-japan-1960`): each
 * decision takes one probability, so such a pair is refused rather than one silently winning.
 * @example overlappingDecisions(['USA:JPN', 'USA:JPN@us-japan-1960']) // [['USA:JPN', 'USA:JPN@us-japan-1960']]
 */
export function overlappingDecisions(keys: readonly string[]): [string, string][] {
  const refs = keys.flatMap((k) => decisionRef(k) ?? []);
  const out: [string, string][] = [];
  for (const [i, a] of refs.entries())
    for (const b of refs.slice(i + 1))
      if (
        a.obligor === b.obligor &&
        a.beneficiary === b.beneficiary &&
        (!a.agreement || !b.agreement || a.agreement === b.agreement)
      )
        out.push([a.decision, b.decision]);
  return out;
}

/**
 * The override that names a commitment of `obligor` to `beneficiary` under `agreement`, if any.
 * @example overrideFor({'USA:TWN': 0.6}, {obligor: 'USA', beneficiary: 'TWN', agreement: 'taiwan-relations-act'}) // {decision: 'USA:TWN', p: 0.6}
 */
export function overrideFor(
  decisions: DecisionOverrides,
  c: { obligor: StateId; beneficiary: StateId; agreement: AgreementId },
): { decision: string; p: number } | undefined {
  for (const [decision, p] of Object.entries(decisions)) {
    const ref = decisionRef(decision);
    if (
      ref?.obligor === c.obligor &&
      ref.beneficiary === c.beneficiary &&
      (!ref.agreement || ref.agreement === c.agreement)
    )
      return { decision, p };
  }
  return undefined;
}
