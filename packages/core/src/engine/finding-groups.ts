/**
 * Findings that say the same thing for several obligors, once: the same clause, beneficiary,
 * obligation and outcome, and (for a clause that did not fire) the same failed test and reason
 * but for the obligor's own name. The CLI prints each group on one line ("CAN, GBR, FRA +28 →
 * USA"); the workbench shows one row per group.
 */
import type { Finding } from './finding.ts';

/** One group: the obligors in the engine's order, and the first finding, which speaks for all. */
export interface FindingGroup {
  obligors: string[];
  first: Finding;
  /** Every finding of the group, in the engine's order. */
  findings: Finding[];
}

/**
 * Groups findings that differ only in their obligor, keeping the engine's order of first sight.
 * @example groupFindingsByClause(natoArticle4Findings)[0].obligors // ['CAN', 'GBR', 'FRA', …]
 */
export function groupFindingsByClause(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const reason = f.failed?.reason.replaceAll(f.obligor, '') ?? '';
    const key = [f.clause, f.beneficiary, f.obligation, f.fired, f.failed?.test, reason].join('|');
    const g = groups.get(key);
    if (g) {
      if (!g.obligors.includes(f.obligor)) g.obligors.push(f.obligor);
      g.findings.push(f);
    } else groups.set(key, { obligors: [f.obligor], first: f, findings: [f] });
  }
  return [...groups.values()];
}

/**
 * Up to four obligors by name, else the first three and how many more.
 * @example obligorsLabel(['USA', 'GBR', 'FRA', 'DEU', 'ITA']) // 'USA, GBR, FRA +2'
 */
export const obligorsLabel = (obligors: readonly string[]): string =>
  obligors.length <= 4
    ? obligors.join(', ')
    : `${obligors.slice(0, 3).join(', ')} +${obligors.length - 3}`;
