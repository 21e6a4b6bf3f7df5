/** The params of the Monte Carlo job kinds, `compare` over the battery, `simulate` for one scenario and `sensitivity`, a tornado. */
import { Agreement, DecisionOverrides, eachOnce, parseMeasure } from '@casus/core';
import { z } from 'zod';

/** The most trials a job may ask for, per scenario and architecture. */
export const MAX_TRIALS = 1_000_000;

const trials = z
  .number()
  .int()
  .min(1)
  .max(MAX_TRIALS)
  .default(2_000)
  .describe('trials per scenario and architecture (2,000 answers at interactive speed)');
const seed = z
  .number()
  .int()
  .min(0)
  .max(2 ** 32 - 1)
  .default(1)
  .describe('the seed: the same seed gives the same answer');
const extraAgreements = z
  .array(Agreement)
  .max(8)
  .optional()
  .describe(
    'designed pacts, added to the library for this job only; each adds the architecture `status-quo+<id>` (every real agreement, plus it)',
  );

const decisions = DecisionOverrides.optional().describe(
  'your own probabilities for decisions, in place of the model\'s, keyed OBLIGOR:BENEFICIARY or OBLIGOR:BENEFICIARY@agreement, e.g. {"USA:TWN": 0.6}; added to each scenario\'s own (docs/simulation.md, "Decision overrides"); each answer lists them with the edges each one set',
);

/**
 * Every id once, and few enough that one job stays bounded: each scenario × architecture pair is
 * compiled on the server before the workers run (about 8 ms each), so a list of thousands would
 * hold every other request up. The library has 11 scenarios and 5 architectures today.
 */
export const MAX_SCENARIOS = 64;
export const MAX_ARCHITECTURES = 16;

const uniqueIds = (max: number, what: string) =>
  z
    .array(z.string().min(1))
    .min(1)
    .max(max)
    .superRefine(
      eachOnce((id) => `${what} "${id.slice(0, 80)}" is already listed: name each once`),
    );

export const MonteCarloCompareParams = z
  .object({
    scenarios: uniqueIds(MAX_SCENARIOS, 'scenario')
      .optional()
      .describe('library scenario ids; default: the whole battery'),
    architectures: uniqueIds(MAX_ARCHITECTURES, 'architecture'),
    trials,
    seed,
    mode: z.literal('probabilistic').default('probabilistic'),
    extraAgreements,
    decisions,
  })
  .strict();
export type MonteCarloCompareParams = z.output<typeof MonteCarloCompareParams>;

export const SimulateParams = z
  .object({
    scenario: z.string().min(1).describe('a library scenario id'),
    architecture: z
      .string()
      .min(1)
      .optional()
      .describe("default: the scenario's own; `status-quo+<id>` for a designed pact"),
    trials,
    seed,
    extraAgreements,
    decisions,
  })
  .strict();
export type SimulateParams = z.output<typeof SimulateParams>;

/**
 * Trials per scenario in each run of a sensitivity job, at most: a job runs the battery 1 + 2k
 * times (47 for the fitted model), so 20,000 is nearly a million trials per scenario.
 */
export const MAX_SENSITIVITY_TRIALS = 20_000;

export const SensitivityParams = z
  .object({
    scenarios: uniqueIds(MAX_SCENARIOS, 'scenario')
      .optional()
      .describe('library scenario ids; default: the whole battery'),
    architectures: uniqueIds(MAX_ARCHITECTURES, 'architecture').describe(
      'one tornado each; `status-quo+<id>` for a designed pact',
    ),
    measure: z
      .string()
      .refine((m) => parseMeasure(m) !== undefined, {
        message: 'deterrence, entanglement, escalation or p:STATE (a state code, e.g. p:USA)',
      })
      .default('deterrence')
      .describe(
        'deterrence, entanglement, escalation or p:STATE, as `casus sensitivity --measure`',
      ),
    trials: z
      .number()
      .int()
      .min(1)
      .max(MAX_SENSITIVITY_TRIALS)
      .default(1024)
      .describe('trials per scenario in each of the 1 + 2k runs (one per parameter bound)'),
    seed,
    extraAgreements,
  })
  .strict();
export type SensitivityParams = z.output<typeof SensitivityParams>;
