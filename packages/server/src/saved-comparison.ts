/** A saved comparison: the setup of a comparison (architectures, scenarios, trials, seed, mode, the designed pacts added), to run again later. */
import { z } from 'zod';
import { MonteCarloCompareParams } from './job-params.ts';

/**
 * The setup the comparison view starts a job with, named; the limits are the job's own, so a
 * saved setup can always be started.
 * @example SavedComparison.parse({id: 'two-natos', name: 'Two NATOs', architectures: ['status-quo']}).trials // 2000
 */
export const SavedComparison = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a kebab-case id, e.g. "two-natos"'),
    name: z.string().min(1),
    ...MonteCarloCompareParams.pick({
      architectures: true,
      scenarios: true,
      trials: true,
      seed: true,
      extraAgreements: true,
    }).shape,
    mode: z
      .enum(['strict', 'honoured', 'probabilistic'])
      .default('probabilistic')
      .describe('how obligations are decided (the comparison view runs probabilistic jobs)'),
  })
  .strict();
export type SavedComparison = z.output<typeof SavedComparison>;
