/** `casus experts --json`: the model beside published expert judgement, row by row, as docs/schema/experts.schema.json records. */
import { z } from 'zod';
import { ExpertJudgementFields, ExpertSurvey } from '../model/expert-judgements.ts';
import { StateId } from '../model/ids.ts';
import { ElicitedSource } from '../sim/declaratory-params.ts';
import { SOURCE_KINDS } from '../sim/parameter-sources.ts';

const Estimate = z.object({ value: z.number(), low: z.number(), high: z.number() }).strict();

/** How the model arrives at a state's entry in one scenario. */
export const ModelBasis = z
  .object({
    kind: z.enum([
      'round 0',
      'override',
      'elicited',
      'basing',
      'fitted',
      'hand-set',
      'affinity only',
    ]),
    /** In words, e.g. the survey of an elicited prior. */
    detail: z.string(),
    /** The survey urls of elicited priors, to tell a circular comparison. */
    surveyUrls: z.array(z.string()),
  })
  .strict();
export type ModelBasis = z.infer<typeof ModelBasis>;

export const ExpertRow = z
  .object({
    scenario: z.string(),
    /** Absent for a judgement about a group (allies), which the model has no one figure for. */
    state: StateId.optional(),
    model: z
      .object({ enter: Estimate, enterModel: Estimate.optional(), basis: ModelBasis })
      .strict()
      .optional(),
    expert: ExpertJudgementFields.omit({ scenario: true, state: true, survey: true })
      .extend({ survey: ExpertSurvey })
      .optional(),
    /** The model's parameter for this decision is elicited from this judgement's survey. */
    circular: z.boolean(),
  })
  .strict();
export type ExpertRow = z.infer<typeof ExpertRow>;

/** A parameter with its source kind, as every answer's model stamp lists them. */
export const ParameterSourceSchema = z
  .object({
    parameter: z.string(),
    value: z.number(),
    kind: z.enum(SOURCE_KINDS),
    source: z.string(),
    survey: ElicitedSource.optional(),
  })
  .strict();

export const ExpertsOutputSchema = z
  .object({
    command: z.literal('experts'),
    judgements: z.string(),
    trials: z.number().int().positive(),
    seed: z.number().int().nonnegative(),
    model: z.looseObject({
      reliability: z.looseObject({
        file: z.string(),
        sha256: z.string(),
        form: z.enum(['logistic', 'logistic-fitted']),
        sources: z.array(ParameterSourceSchema),
      }),
    }),
    rows: z.array(ExpertRow),
  })
  .strict();
