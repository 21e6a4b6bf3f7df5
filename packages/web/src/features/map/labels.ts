/** Greedy label placement: the most important labels first, each kept only if its box hits no box already taken. */

/** A box on the screen, in the map's units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelCandidate {
  id: string;
  /** Where the label may go, best first: the first that fits is taken. */
  boxes: readonly Box[];
  /** Higher goes first. */
  priority: number;
}

const hits = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: Box, b: Box) => a.x0 >= b.x0 && a.y0 >= b.y0 && a.x1 <= b.x1 && a.y1 <= b.y1;

/**
 * The labels to draw, each with the index of the box it takes: whole inside `bounds`, no two
 * overlapping, none over an obstacle (a marker). Ties go by id, so a map always gets the same labels.
 * @example placeLabels([{id: 'a', boxes: [{x0: 0, y0: 0, x1: 10, y1: 5}], priority: 2}, {id: 'b', boxes: [{x0: 5, y0: 0, x1: 15, y1: 5}], priority: 1}]) // Map {'a' => 0}
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Box[] = [],
  bounds?: Box,
): Map<string, number> {
  const taken: Box[] = [...obstacles];
  const chosen = new Map<string, number>();
  const sorted = [...candidates].sort(
    (a, b) => b.priority - a.priority || a.id.localeCompare(b.id),
  );
  for (const c of sorted) {
    const at = c.boxes.findIndex(
      (box) => (!bounds || inside(box, bounds)) && !taken.some((t) => hits(t, box)),
    );
    if (at < 0) continue;
    taken.push(c.boxes[at]!);
    chosen.set(c.id, at);
  }
  return chosen;
}

/**
 * The box a line of text takes, anchored at its start, middle or end on the baseline, with a margin.
 * Ascent and descent are generous for sans-serif faces (DejaVu: 0.93 and 0.24 of the size).
 * @example textBox(0, 10, 40, 12, 'start') // {x0: -1, y0: -2.2, x1: 41, y1: 14.6}
 */
export function textBox(
  x: number,
  y: number,
  width: number,
  size: number,
  anchor: 'start' | 'middle' | 'end',
  margin = 1,
): Box {
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return {
    x0: x0 - margin,
    y0: y - size * 0.95 - margin,
    x1: x0 + width + margin,
    y1: y + size * 0.3 + margin,
  };
}
