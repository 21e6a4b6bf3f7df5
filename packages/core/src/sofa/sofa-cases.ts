/** Worked examples of SOFAs (library/sofas/<id>.cases.yaml): an incident and what the answer must say, each expectation tied to the words of its article. */
import { z } from 'zod';
import type { Result } from '../model/issues.ts';
import { validate } from '../model/schema-issues.ts';
import { parseYaml } from '../model/yaml-source.ts';
import type { IncidentAnswer, SofaStep } from './incident.ts';
import { IncidentInput } from './incident-input.ts';

/** A step the answer must contain: its rule, part of its outcome, and words its article's text holds. */
const StepExpectation = z
  .object({
    rule: z.string().min(1),
    outcome: z.record(z.string(), z.string()).optional(),
    /** Words of the cited article (or of its cited description) that back the expectation. */
    words: z.string().min(1),
  })
  .strict();
type StepExpectation = z.infer<typeof StepExpectation>;

const Miss = z
  .object({ rule: z.string().min(1), test: z.string().optional(), reason: z.string().optional() })
  .strict();

export const SofaCase = z
  .object({
    name: z.string().min(1),
    incident: IncidentInput.omit({ sofa: true }),
    expect: z
      .object({
        jurisdiction: z.union([StepExpectation, z.literal('none')]).optional(),
        custody: z.union([StepExpectation, z.literal('none')]).optional(),
        requests: z.array(StepExpectation).default([]),
        notes: z.array(StepExpectation).default([]),
        notApplied: z.array(Miss).default([]),
      })
      .strict(),
  })
  .strict();
export type SofaCase = z.infer<typeof SofaCase>;

export const SofaCasesFile = z
  .object({ sofa: z.string().min(1), cases: z.array(SofaCase).min(1) })
  .strict();
export type SofaCasesFile = z.infer<typeof SofaCasesFile>;

/**
 * Parses a SOFA .cases.yaml file; problems come back as located issues.
 * @example parseSofaCases(text, 'library/sofas/us-japan-sofa-1960.cases.yaml').ok // true
 */
export function parseSofaCases(text: string, file: string): Result<SofaCasesFile> {
  const { source, issues } = parseYaml(text, file);
  if (!source) return { ok: false, issues };
  return validate(SofaCasesFile, source.value, file, source);
}

const squash = (t: string) => t.replace(/\s+/g, ' ');

function unmetStep(what: string, want: StepExpectation, got: SofaStep | undefined): string[] {
  if (!got) return [`${what}: expected ${want.rule}, got no rule`];
  const out: string[] = [];
  if (got.rule !== want.rule) out.push(`${what}: expected ${want.rule}, got ${got.rule}`);
  for (const [k, v] of Object.entries(want.outcome ?? {}))
    if ((got.outcome as Record<string, unknown>)[k] !== v)
      out.push(
        `${what}: expected ${k} "${v}", got "${String((got.outcome as Record<string, unknown>)[k])}"`,
      );
  if (!squash(got.text ?? '').includes(squash(want.words)))
    out.push(`${what}: the words "${want.words}" are not in the text of ${got.article}`);
  return out;
}

function unmetDecision(
  what: string,
  want: StepExpectation | 'none' | undefined,
  got: SofaStep | undefined,
) {
  if (want === undefined) return [];
  if (want === 'none') return got ? [`${what}: expected no rule, got ${got.rule}`] : [];
  return unmetStep(what, want, got);
}

/**
 * What a worked case expects that the answer does not give, in words; empty when it holds.
 * Core's answer and the CLI's `sofa incident --json` are checked with this one function.
 * @example unmetSofaExpectations(okinawaCase, decideIncident(chain, facts)) // []
 */
export function unmetSofaExpectations(c: SofaCase, a: IncidentAnswer): string[] {
  const e = c.expect;
  const out = [
    ...unmetDecision('jurisdiction', e.jurisdiction, a.jurisdiction),
    ...unmetDecision('custody', e.custody, a.custody),
  ];
  for (const want of e.requests)
    out.push(
      ...unmetStep(
        `request ${want.rule}`,
        want,
        a.requests.find((r) => r.rule === want.rule),
      ),
    );
  for (const want of e.notes)
    out.push(
      ...unmetStep(
        `note ${want.rule}`,
        want,
        a.notes.find((r) => r.rule === want.rule),
      ),
    );
  for (const want of e.notApplied) {
    const miss = a.notApplied.find((m) => m.rule === want.rule);
    if (!miss) out.push(`not applied: expected ${want.rule} among the rules that did not apply`);
    else if (want.test && miss.trace.find((t) => !t.pass)?.test !== want.test)
      out.push(
        `not applied ${want.rule}: expected the ${want.test} test to fail first; ${miss.reason}`,
      );
    else if (want.reason && !miss.reason.includes(want.reason))
      out.push(`not applied ${want.rule}: expected "${want.reason}" in "${miss.reason}"`);
  }
  return out;
}
