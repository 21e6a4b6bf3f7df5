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
