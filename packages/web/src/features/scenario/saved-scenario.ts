/** The draft as a Scenario (core's schema) to keep on the server, every event and assumption with it. */
import type { Scenario } from '@casus/core';
import { assumptionsOf, type Draft, eventsOf } from './draft.ts';

/**
 * The scenario the view shows, under `id`; named after the library scenario it came from, else
 * after its first event.
 * @example savedScenario('my-landing', draft, {sentence: 'China: armed attack, Senkaku Islands, 2026-03-01'}).events.length // 1
 */
export function savedScenario(
  id: string,
  d: Draft,
  words: { name?: string | undefined; sentence: string },
): Scenario {
  return {
    id,
    name: words.name ? `${words.name} (saved)` : words.sentence,
    description: `Saved from the Casus workbench: ${words.sentence}.`,
    architecture: d.architecture,
    date: d.date,
    events: eventsOf(d),
    assumptions: assumptionsOf(d),
  } as unknown as Scenario;
}
