/** The SOFA comparison for people (a table with the article under each answer) and as CSV (one line per cell). */
import type { SofaComparison } from '@casus/core';
import { table } from './table.ts';

const cellText = (c: SofaComparison['rows'][number]['cells'][number]) =>
  c.articles.length === 0
    ? c.gaps.length > 0
      ? 'not found (gap)'
      : 'not encoded (no rule)'
    : `${c.value} [${[...new Set(c.articles.map((a) => `${a.sofa === c.sofa ? '' : `${a.sofa} `}${a.article}, ${a.textStatus}`))].join('; ')}]`;

/** The matrix, then the Foreign Ministry's (or any) caveat on the topics shown. */
export function renderComparison(m: SofaComparison): string {
  const out = [
    `SOFAs compared on ${m.date}`,
    '',
    ...m.rows.flatMap((r) => [
      r.label.toUpperCase(),
      table(
        ['SOFA', 'answer [article, text]'],
        r.cells.map((c, i) => [m.sofas[i]!.shortName, cellText(c)]),
      ),
      '',
    ]),
  ];
  for (const c of m.caveats) out.push(`CAVEAT (${c.by}): "${c.text}"`, `  source: ${c.source}`);
  out.push("Gaps and each rule's words: casus sofa compare ... --json, or casus sofa incident.");
  return out.join('\n');
}

const csvField = (t: string) => (/[",\n]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t);

/** One line per cell: topic, SOFA, value, articles, text status, rules, gaps. */
export function comparisonCsv(m: SofaComparison): string {
  const lines = [['topic', 'sofa', 'value', 'articles', 'textStatus', 'rules', 'gaps'].join(',')];
  for (const r of m.rows)
    for (const c of r.cells)
      lines.push(
        [
          r.topic,
          c.sofa,
          c.value,
          c.articles.map((a) => a.article).join('; '),
          c.articles.map((a) => a.textStatus).join('; '),
          c.articles.map((a) => a.rule).join('; '),
          c.gaps.join(' | '),
        ]
          .map(csvField)
          .join(','),
      );
  return lines.join('\n');
}
