import { describe, expect, it } from 'vitest';
import { randomLandscape, runLandscapeBench } from './bench.ts';

describe('the landscape benchmark', () => {
  it('draws the same symmetric instance from the same seed, with no self-propensity', () => {
    const l = randomLandscape(9, 3);
    expect(randomLandscape(9, 3)).toEqual(l);
    expect(randomLandscape(9, 4)).not.toEqual(l);
    const transposed = l.propensity.map((row, i) => row.map((_, j) => l.propensity[j]![i]));
    expect(transposed).toEqual(l.propensity);
    expect(l.propensity.map((row, i) => row[i])).toEqual(new Array(9).fill(0));
    expect(l.sizes.every((s) => s >= 1 && s <= 100)).toBe(true);
  });

  // Sizes this small run in one thread: the rows are what the harness prints, not a speed.
  it('reports each size and extrapolates the ten-minute reach from the largest, doubling per actor', async () => {
    const rows = await runLandscapeBench({ sizes: [10, 12] });
    expect(rows.map((r) => r.name)).toEqual([
      'landscape, exact, 10 actors (2^9 bipartitions), 1 thread',
      'landscape, exact, 12 actors (2^11 bipartitions), 1 thread',
      'landscape, exact: actors within 10 minutes (extrapolated from 12 actors, time ×2 per actor)',
    ]);
    // 2^11 bipartitions take well under 0.5 s, so ten minutes reach at least ten actors more.
    expect(rows[2]!.value).toBeGreaterThanOrEqual(22);
    expect(rows[2]!.unit).toBe('actors');
  });
});
