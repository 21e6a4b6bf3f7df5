/** What one SOFA changes against another, for people: each topic before → after with its articles, and what a proposal assumes. */
import type { CompareCell, SofaDiff } from '@casus/core';

const MARK = { changed: 'CHANGED', 'cited-differently': 'same answer, other rules', same: 'same' };

const cited = (c: CompareCell) =>
  c.articles.length === 0
    ? `not encoded (gap${c.gaps.length > 0 ? `: ${c.gaps[0]}` : ''})`
    : `${c.value} [${[...new Set(c.articles.map((a) => `${a.sofa === c.sofa ? '' : `${a.sofa} `}${a.article}, ${a.textStatus}`))].join('; ')}]`;

/** The topics in order; unchanged ones in a line, changed ones with before, after and assumptions. */
export function renderSofaDiff(d: SofaDiff): string {
  const name = (s: SofaDiff['from']) => `${s.shortName} (${s.id})`;
  const out = [
    `What ${name(d.to)} changes against ${name(d.from)}, read on ${d.date}`,
    `${d.changed} of ${d.rows.length} topics change their answer`,
    '',
  ];
  for (const r of d.rows) {
    out.push(`${r.label.toUpperCase()}: ${MARK[r.change]}`);
    if (r.change === 'same') out.push(`  both    ${cited(r.after)}`);
    else out.push(`  before  ${cited(r.before)}`, `  after   ${cited(r.after)}`);
    for (const a of r.assumptions) {
      const copies = a.copies.map((c) => `${c.sofa} ${c.article}`).join('; ');
      out.push(
        `  assumes (${a.rule}): ${a.says.trim()}`,
        `    idea from: ${a.source.trim()}${copies ? `; copies ${copies}` : ''}`,
      );
    }
    out.push('');
  }
  for (const c of d.caveats) out.push(`CAVEAT (${c.by}): "${c.text}"`, `  source: ${c.source}`);
  return out.join('\n');
}
