/** Markers too close to tell apart (Taiwan's outlying islands, the Spratly holdings) pushed apart on the screen, each keeping a leader to where it is. */

export interface Dot {
  x: number;
  y: number;
}

/**
 * Positions for the dots such that no two are nearer than `gap` (after `rounds` passes of pairwise
 * pushes, which is enough for the gazetteer's clusters); dots already apart do not move.
 * @example dodge([{x: 0, y: 0}, {x: 1, y: 0}], 10) // ≈ [{x: -4.5, y: 0}, {x: 5.5, y: 0}]
 */
export function dodge(dots: readonly Dot[], gap: number, rounds = 40): Dot[] {
  const out = dots.map((d) => ({ x: d.x, y: d.y }));
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!;
        const b = out[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        const d = Math.hypot(dx, dy);
        if (d >= gap) continue;
        // Coincident dots part along a direction fixed by their order, so the result is stable.
        if (d < 1e-6) [dx, dy] = [Math.cos(i + j), Math.sin(i + j)];
        const n = Math.hypot(dx, dy);
        const push = (gap - d) / 2 + 0.01;
        a.x -= (dx / n) * push;
        a.y -= (dy / n) * push;
        b.x += (dx / n) * push;
        b.y += (dy / n) * push;
        moved = true;
      }
    if (!moved) break;
  }
  return out;
}
