/** The kinds of saved work the workbench lists, in the order the panel shows them, with their words. */
import type { SavedKind } from '../../api/client.ts';

export interface SavedSection {
  kind: SavedKind;
  title: string;
  /** One of them, for sentences: "Delete the scenario …". */
  one: string;
  /** Where it was made, for an empty list. */
  madeIn: string;
}

export const SAVED_SECTIONS: SavedSection[] = [
  { kind: 'scenarios', title: 'Scenarios', one: 'scenario', madeIn: 'Scenario & cascade' },
  { kind: 'agreements', title: 'Designs', one: 'design', madeIn: 'Treaty designer' },
  { kind: 'comparisons', title: 'Comparisons', one: 'comparison', madeIn: 'Compare architectures' },
];

/**
 * A free id for a copy: `<id>-copy`, then `-copy-2`, … past those taken.
 * @example copyId('landing', ['landing', 'landing-copy']) // 'landing-copy-2'
 */
export function copyId(id: string, taken: readonly string[]): string {
  const used = new Set(taken);
  let next = `${id}-copy`;
  for (let n = 2; used.has(next); n++) next = `${id}-copy-${n}`;
  return next;
}
