/** The shape of `casus sensitivity --json` (docs/schema/sensitivity.schema.json is generated from it). */
import { z } from 'zod';

const Estimate = z.object({ value: z.number(), low: z.number(), high: z.number() }).strict();
/** NaN prints as null in JSON: a measure with no trials to estimate it from. */
const MaybeEstimate = z
  .object({ value: z.number().nullable(), low: z.number().nullable(), high: z.number().nullable() })
  .strict();

const Parameter = z
  .object({
    name: z.string().min(1),
    kind: z.enum(['fitted', 'elicited', 'shift', 'probability', 'scale', 'override']),
    point: z.number(),
    low: z.number(),
    high: z.number(),
    range: z.string().min(1),
    source: z.string().min(1),
  })
  .strict();

const TornadoRow = z
  .object({
    parameter: z.string().min(1),
    kind: Parameter.shape.kind,
    range: z.string().min(1),
    point: z.number(),
    low: z.number(),
    high: z.number(),
    atLow: MaybeEstimate,
    atHigh: MaybeEstimate,
    swing: MaybeEstimate,
  })
  .strict();

const Measure = z.union([
  z.object({ kind: z.enum(['deterrence', 'entanglement', 'escalation']) }).strict(),
  z.object({ kind: z.literal('p'), state: z.string().regex(/^[A-Z]{3}$/) }).strict(),
]);

const common = {
  command: z.literal('sensitivity'),
  battery: z.array(z.string().min(1)).min(1),
  architectures: z.array(z.string().min(1)).min(1),
  measure: Measure,
  measureTitle: z.string().min(1),
  seed: z.number().int().nonnegative(),
  trials: z.number().int().positive(),
  rule: z
    .object({ seMultiple: z.number(), logit: z.number(), scale: z.number(), decide: z.number() })
    .strict(),
  parameterDraws: z.string().min(1),
  /** The model stamp every simulation answer carries (as `casus compare --json`). */
  model: z.record(z.string(), z.unknown()),
  cost: z
    .object({
      runs: z.number().int().positive(),
      scenarioRuns: z.number().int().positive(),
      trials: z.number().int().positive(),
    })
    .strict(),
  parameters: z.array(Parameter),
  fixed: z.array(z.string().min(1)),
};

export const SensitivityOutputSchema = z.discriminatedUnion('method', [
  z
    .object({
      ...common,
      method: z.literal('oat'),
      tornado: z.array(
        z.object({ architecture: z.string(), point: Estimate, rows: z.array(TornadoRow) }).strict(),
      ),
    })
    .strict(),
  z
    .object({
      ...common,
      method: z.literal('sobol'),
      samples: z.number().int().positive(),
      design: z.string().min(1),
      sobol: z.array(
        z
          .object({
            architecture: z.string(),
            variance: z.number(),
            indices: z.array(
              z
                .object({
                  parameter: z.string(),
                  range: z.string(),
                  first: z.number(),
                  total: z.number(),
                })
                .strict(),
            ),
          })
          .strict(),
      ),
    })
    .strict(),
]);
