/** Who must (or may) act for whom in one scenario under one architecture: each obligor–beneficiary pair once, with its strongest cover. */
import { type CoverageCell, coverRank } from '../analytics/coverage.ts';

/**
 * Each obligor → beneficiary pair once, by its strongest cell, the strongest first.
 * @example strongestCovers(cells).map((c) => `${c.obligor}→${c.beneficiary}`) // ['USA→JPN', …]
 */
export function strongestCovers(cells: readonly CoverageCell[]): CoverageCell[] {
  const best = new Map<string, CoverageCell>();
  for (const c of cells) {
    const key = `${c.obligor}→${c.beneficiary}`;
    const had = best.get(key);
    if (!had || coverRank(c) > coverRank(had)) best.set(key, c);
  }
  return [...best.values()].sort((a, b) => coverRank(b) - coverRank(a));
}

/** "constitutional" for a duty (its response), else the kind: "permission", "policy", "constrained". */
export const coverStrength = (c: CoverageCell): string => (c.kind === 'duty' ? c.response : c.kind);
