/** "Did you mean" suggestions: the known names closest to an unknown one. */

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * Up to `limit` candidates nearest to `wanted`, ignoring case; far-off names are dropped.
 * @example suggest('JPN.senkakus', ['JPN.senkaku', 'USA.guam']) // ['JPN.senkaku']
 */
export function suggest(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
  const w = wanted.toLowerCase();
  const scored: [string, number][] = [];
  for (const c of candidates) {
    const lc = c.toLowerCase();
    const d = lc.includes(w) || w.includes(lc) ? 1 : editDistance(w, lc);
    if (d <= (w.length <= 4 ? 1 : Math.max(2, Math.floor(w.length / 3)))) scored.push([c, d]);
  }
  return scored
    .sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]))
    .slice(0, limit)
    .map(([c]) => c);
}

export const didYouMean = (options: string[]): string | undefined =>
  options.length === 0 ? undefined : `did you mean ${options.map((o) => `"${o}"`).join(' or ')}?`;
