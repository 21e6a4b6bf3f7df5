/** Scenarios: an architecture, a date, a sequence of events, and the assumptions that shape the answer. */
import { z } from 'zod';
import { Event } from './event.ts';
import { ArchitectureId, IsoDate, StateId } from './ids.ts';

export const Assumptions = z
  .object({
    /**
     * Situations a government has declared, keyed by state, e.g. {JPN: survival-threatening-situation}.
     * They unlock a domestic constraint's `allowsForceFor`.
     */
    situations: z.record(StateId, z.string().regex(/^[a-z0-9-]+$/)).default({}),
    notes: z.array(z.string()).default([]),
  })
  .strict();
export type Assumptions = z.infer<typeof Assumptions>;

export const Scenario = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a kebab-case id, e.g. "senkaku-landing"'),
    name: z.string().min(1),
    description: z.string().min(1),
    architecture: ArchitectureId.default('status-quo' as ArchitectureId),
    date: IsoDate,
    events: z.array(Event).min(1),
    assumptions: Assumptions.default({ situations: {}, notes: [] }),
  })
  .strict();
export type Scenario = z.infer<typeof Scenario>;
