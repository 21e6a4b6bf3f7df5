/** Findings for people: duties, permissions, policy and the clauses that did not fire, grouped and aligned. */
import {
  type Finding,
  type FindingGroup as Group,
  groupFindingsByClause as groupOf,
  obligorsLabel as who,
} from '@casus/core';
import { wrap } from './wrap.ts';

const clip = (text: string, width: number) =>
  text.length <= width ? text : `${text.slice(0, width - 1).trimEnd()}…`;

/** Words the treaty is known to say go in quotation marks; an unverified paraphrase does not. */
const quote = (text: string, f: Finding) =>
  f.citation.textStatus === 'unverified'
    ? `paraphrase, not the treaty's words: ${clip(text, 55)}`
    : `“${clip(text, 80)}” [${f.citation.textStatus}]`;

const firstLine = (text: string | undefined) => text?.trim().split('\n')[0]?.trim() ?? '';

function renderGroup(g: Group, width: number): string[] {
  const f = g.first;
  const head = `${who(g.obligors)} → ${f.beneficiary}`.padEnd(width);
  const cite = `${f.agreement}, ${f.citation.article}`;
  if (!f.fired)
    return [
      `  ${head}  ${f.obligation.padEnd(16)} ${cite}`,
      wrap(`${f.failed?.test}: ${f.failed?.reason}`, 98, '      '),
    ];
  const lines = [`  ${head}  ${f.obligation.padEnd(16)} ${f.response.padEnd(15)} ${cite}`];
  const quoted = firstLine(f.citation.text);
  if (g.obligors.length === 1) lines.push(wrap(f.summary, 98, '      '));
  const assumed = f.trace.find((c) => c.test === 'unstated-condition');
  if (assumed) lines.push(wrap(assumed.reason, 98, '      '));
  if (quoted && f.category !== 'policy') lines.push(`      ${quote(quoted, f)}`);
  return lines;
}

const sections: [string, (f: Finding) => boolean][] = [
  ['DUTIES', (f) => f.fired && f.category === 'duty'],
  ['PERMISSIONS', (f) => f.fired && f.category === 'permission'],
  ['POLICY', (f) => f.fired && f.category === 'policy'],
  ['DID NOT FIRE', (f) => !f.fired],
];

/**
 * The four sections, each with its findings grouped by clause and reason; `compact` leaves out empty ones.
 * @example renderFindings(findings) // 'DUTIES\n  USA → JPN  must-defend  constitutional  us-japan-1960, Article V\n...'
 */
export function renderFindings(findings: readonly Finding[], compact = false): string {
  const groups = sections.map(([title, test]) => [title, groupOf(findings.filter(test))] as const);
  const width = Math.max(
    9,
    ...groups.flatMap(([, gs]) =>
      gs.map((g) => `${who(g.obligors)} → ${g.first.beneficiary}`.length),
    ),
  );
  const out: string[] = [];
  for (const [title, gs] of groups) {
    if (compact && gs.length === 0) continue;
    out.push(`${title} (${gs.reduce((n, g) => n + g.obligors.length, 0)})`);
    out.push(...(gs.length ? gs.flatMap((g) => renderGroup(g, width)) : ['  none']));
  }
  return out.join('\n');
}
