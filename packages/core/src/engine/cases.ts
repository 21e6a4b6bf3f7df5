/** Worked examples (library/agreements/<id>.cases.yaml): an event on a date and the findings it must give. */
import { z } from 'zod';
import { Event } from '../model/event.ts';
import { ArchitectureId, IsoDate, StateId } from '../model/ids.ts';
import type { Result } from '../model/issues.ts';
import { Assumptions, defaultAssumptions } from '../model/scenario.ts';
import { validate } from '../model/schema-issues.ts';
import { parseYaml } from '../model/yaml-source.ts';
import { ConditionOutput, FindingOutput } from './output-schema.ts';

const Expectation = z
  .object({
    obligor: StateId,
    beneficiary: StateId,
    obligation: FindingOutput.shape.obligation,
    fired: z.boolean(),
    response: FindingOutput.shape.response.optional(),
    /** For a clause that did not fire: the condition that failed first. */
    failedTest: ConditionOutput.shape.test.optional(),
    clause: z.string().optional(),
  })
  .strict();

export const WorkedCase = z
  .object({
    name: z.string().min(1),
    date: IsoDate,
    architecture: ArchitectureId.default('status-quo' as ArchitectureId),
    assumptions: Assumptions.default(defaultAssumptions),
    event: Event,
    expect: z.array(Expectation).default([]),
    /** Obligations that must not be found fired for these obligors. */
    expectNone: z
      .array(z.object({ obligor: StateId, obligation: FindingOutput.shape.obligation }).strict())
      .default([]),
  })
  .strict();
export type WorkedCase = z.infer<typeof WorkedCase>;

export const CasesFile = z
  .object({ agreement: z.string(), cases: z.array(WorkedCase).min(1) })
  .strict();
export type CasesFile = z.infer<typeof CasesFile>;

/**
 * Parses a .cases.yaml file; problems come back as located issues.
 * @example parseCases(text, 'library/agreements/us-japan-1960.cases.yaml').ok // true
 */
export function parseCases(text: string, file: string): Result<CasesFile> {
  const { source, issues } = parseYaml(text, file);
  if (!source) return { ok: false, issues };
  return validate(CasesFile, source.value, file, source);
}

/** The fields of a finding a worked case checks: those of core's `Finding` and of its JSON alike. */
export interface CheckedFinding {
  obligor: string;
  beneficiary: string;
  obligation: string;
  clause: string;
  fired: boolean;
  response?: string | undefined;
  failed?: { test: string } | undefined;
}

const describeExpectation = (e: WorkedCase['expect'][number]): string =>
  `${e.obligor}→${e.beneficiary} ${e.obligation}${e.clause ? ` (${e.clause})` : ''} fired=${e.fired}`;

/**
 * What a worked case expects that the findings do not give, in words; empty when the case holds.
 * Core, the CLI's `obligations --json` and the API's findings are checked with this one function.
 * @example unmetExpectations(senkakuCase, findObligations(world, senkakuCase.event)) // []
 */
export function unmetExpectations(c: WorkedCase, findings: readonly CheckedFinding[]): string[] {
  const unmet: string[] = [];
  for (const want of c.expect) {
    const match = findings.find(
      (f) =>
        f.obligor === want.obligor &&
        f.beneficiary === want.beneficiary &&
        f.obligation === want.obligation &&
        (want.clause === undefined || f.clause === want.clause) &&
        f.fired === want.fired,
    );
    const what = describeExpectation(want);
    if (!match) unmet.push(`no finding ${what}`);
    else if (want.response && match.response !== want.response)
      unmet.push(`${what}: response ${match.response}, expected ${want.response}`);
    else if (want.failedTest && match.failed?.test !== want.failedTest)
      unmet.push(`${what}: failed on ${match.failed?.test}, expected ${want.failedTest}`);
  }
  for (const none of c.expectNone)
    for (const f of findings)
      if (f.fired && f.obligor === none.obligor && f.obligation === none.obligation)
        unmet.push(`${f.obligor} ${f.obligation} fired (${f.clause}), expected none`);
  return unmet;
}
