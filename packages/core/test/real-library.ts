/** Test helper: the curated library read from library/ on disk, loaded once per test file. */
import {
  asDate,
  buildLibrary,
  defaultAssumptions,
  type Event,
  type EventInput,
  Event as EventSchema,
  findObligations,
  formatIssue,
  type Library,
  prepareWorld,
  type World,
} from '../src/index.ts';
import { libraryFiles } from './library-files.ts';

let cached: Library | undefined;

/** The library; errors from files still being written elsewhere are printed, not fatal. */
export function realLibrary(): Library {
  if (!cached) {
    const { library, issues } = buildLibrary(libraryFiles());
    const errors = issues.filter((i) => i.severity === 'error');
    if (errors.length > 0) console.warn(errors.slice(0, 5).map(formatIssue).join('\n'));
    cached = library;
  }
  return cached;
}

/** A world of the real library. */
export const worldOf = (
  architecture: string,
  date: string,
  situations: Record<string, string> = {},
  escalation: 'theatre' | 'homelands' = 'theatre',
  counterstrikeInvokes: 'yes' | 'no' = 'no',
): World =>
  prepareWorld(realLibrary(), {
    architecture,
    date: asDate(date),
    assumptions: {
      ...defaultAssumptions(),
      situations: situations as never,
      escalation,
      counterstrikeInvokes,
    },
  });

export const event = (input: EventInput): Event => EventSchema.parse(input);

/** Findings for one event given as (actor, kind, target). */
export const findingsFor = (world: World, input: EventInput) =>
  findObligations(world, event(input));
