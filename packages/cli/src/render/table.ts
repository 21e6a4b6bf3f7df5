/** Plain-text tables for people: aligned columns, a rule under the header, nothing else. */

/**
 * Renders rows under headers, padding each column to its widest cell.
 * @example table(['id', 'name'], [['a', 'Alpha']]) // 'id  name\n--  -----\na   Alpha'
 */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
