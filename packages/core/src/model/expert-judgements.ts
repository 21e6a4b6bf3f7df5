/**
 * The reference file of published expert judgements on the library's scenarios
 * (library/experts/judgements.yaml): each survey once, and each judgement of one decision in one
 * scenario with the survey's figure and where it was read. `casus experts` prints the model beside
 * them: a check to show, never a target the model is fitted to.
 */
import { z } from 'zod';
import { IsoDate, StateId } from './ids.ts';
import type { Issue, Result } from './issues.ts';
import type { Library } from './library.ts';
import { reporter } from './report.ts';
import { validate } from './schema-issues.ts';
import { didYouMean, suggest } from './suggest.ts';
import { parseYaml } from './yaml-source.ts';

const Text = z.string().min(1);

export const ExpertSurvey = z
  .object({
    id: Text,
    title: Text,
    publisher: Text,
    /** When the survey's results were published, where known. */
    published: IsoDate.optional(),
    fielded: z.object({ from: IsoDate, to: IsoDate }).strict().optional(),
    /** Respondents; per question where the survey says so in `judgements`. */
    n: z.number().int().positive(),
    population: Text,
    url: z.string().url(),
  })
  .strict();
export type ExpertSurvey = z.infer<typeof ExpertSurvey>;

/** A judgement's fields, before the check that it carries a figure or a finding. */
export const ExpertJudgementFields = z
  .object({
    scenario: Text,
    /** The state whose decision to enter the war is judged; absent for a group (allies). */
    state: StateId.optional(),
    /** The decision, in our words: "the US military intervenes". */
    decision: Text,
    survey: Text,
    question: Text,
    questionStatus: z.enum(['verbatim', 'not-quoted']),
    /** The survey's figure: the share of respondents giving `answer`. Not a probability. */
    figure: z
      .object({ share: z.number().min(0).max(1), answer: Text })
      .strict()
      .optional(),
    /** What the survey found where it gives no single share, in our words (never a quotation). */
    finding: Text.optional(),
    /** Where the figure or finding was read: the report, or the press report of it. */
    source: Text,
  })
  .strict();

export const ExpertJudgement = ExpertJudgementFields.refine(
  (j) => j.figure !== undefined || j.finding !== undefined,
  {
    message: 'a judgement needs the survey\'s "figure" or, where it gives none, its "finding"',
    path: ['figure'],
  },
);
export type ExpertJudgement = z.infer<typeof ExpertJudgement>;

export const ExpertJudgements = z
  .object({
    version: z.literal(1),
    /** The scenarios the check covers and the states whose P(enter) it prints in each. */
    check: z.object({ scenarios: z.array(Text).min(1), states: z.array(StateId).min(1) }).strict(),
    surveys: z.array(ExpertSurvey).min(1),
    judgements: z.array(ExpertJudgement).min(1),
  })
  .strict();
export type ExpertJudgements = z.infer<typeof ExpertJudgements>;

/** Every scenario named exists in the library, every survey named is listed, no survey twice. */
function checkNames(
  file: ExpertJudgements,
  library: Library,
  issues: Issue[],
  origin: Parameters<typeof reporter>[1],
) {
  const report = reporter(issues, origin);
  const scenario = (id: string, path: PropertyKey[]) => {
    if (!library.scenarios.has(id))
      report(
        path,
        'invalid_value',
        `no scenario "${id}" in the library`,
        'the id of a scenario in library/scenarios, e.g. "taiwan-invasion"',
        didYouMean(suggest(id, library.scenarios.keys())),
      );
  };
  file.check.scenarios.forEach((s, i) => void scenario(s, ['check', 'scenarios', i]));
  const ids = file.surveys.map((s) => s.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i)
      report(
        ['surveys', i, 'id'],
        'duplicate_id',
        `survey "${id}" is listed twice`,
        'each survey once',
      );
  });
  file.judgements.forEach((j, i) => {
    scenario(j.scenario, ['judgements', i, 'scenario']);
    if (!ids.includes(j.survey))
      report(
        ['judgements', i, 'survey'],
        'invalid_value',
        `no survey "${j.survey}" under surveys`,
        `one of ${ids.join(', ')}`,
        didYouMean(suggest(j.survey, ids)),
      );
  });
}

/**
 * Parses the expert-judgements file and checks its names against the library.
 * @example parseExpertJudgements(text, 'library/experts/judgements.yaml', library).ok // true
 */
export function parseExpertJudgements(
  text: string,
  file: string,
  library: Library,
): Result<ExpertJudgements> {
  const { source, issues } = parseYaml(text, file);
  if (!source) return { ok: false, issues };
  const parsed = validate(ExpertJudgements, source.value, file, source);
  if (!parsed.ok) return parsed;
  const found: Issue[] = [];
  checkNames(parsed.value, library, found, { file, source, prefix: [] });
  return found.length ? { ok: false, issues: found } : parsed;
}
