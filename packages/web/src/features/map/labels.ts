/** Greedy label placement: label the most important markers first, skip any too close to one already labelled. */

export interface Labelled {
  id: string;
  x: number;
  y: number;
  /** Higher goes first. */
  priority: number;
}

/**
 * The ids to label, no two within `minDistance` pixels of each other.
 * @example pickLabels([{id: 'a', x: 0, y: 0, priority: 2}, {id: 'b', x: 3, y: 0, priority: 1}], 10) // Set {'a'}
 */
export function pickLabels(items: readonly Labelled[], minDistance: number): Set<string> {
  const chosen: Labelled[] = [];
  const sorted = [...items].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const item of sorted) {
    const clash = chosen.some((c) => Math.hypot(c.x - item.x, c.y - item.y) < minDistance);
    if (!clash) chosen.push(item);
  }
  return new Set(chosen.map((c) => c.id));
}
