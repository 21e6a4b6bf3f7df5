/** Findings as the scenario view shows them: by category, grouped per clause as the CLI groups them (core's groupFindingsByClause), defence first, and the clauses that did not fire by agreement. */
import {
  type Finding,
  type FindingGroup,
  groupFindingsByClause,
  type Obligation,
} from '@casus/core';

export type Group = 'duty' | 'permission' | 'policy' | 'none';

export const GROUP_TITLES: Record<Group, string> = {
  duty: 'Duties',
  permission: 'Permissions',
  policy: 'Policy',
  none: 'Did not fire',
};

/** Defence before the lesser duties, consultation after them. */
const RANK: Record<Obligation, number> = {
  'must-defend': 0,
  'must-join-attack': 1,
  'must-stay-neutral': 2,
  'must-not-attack': 3,
  'may-use-force': 4,
  'must-consult': 5,
  access: 6,
  policy: 7,
};

/**
 * Findings grouped per clause (one row for NATO's Article 4 and its thirty-one members), defence
 * before consultation, otherwise in the engine's order.
 * @example rowsOf(duties).map((g) => g.first.obligation) // ['must-defend', 'must-defend', 'must-consult']
 */
export const rowsOf = (findings: readonly Finding[]): FindingGroup[] =>
  groupFindingsByClause(findings).sort(
    (a, b) => RANK[a.first.obligation] - RANK[b.first.obligation],
  );

/**
 * Groups findings by category, keeping the engine's order within each group.
 * @example groupFindings(findings).duty.map((f) => f.obligor) // ['USA']
 */
export function groupFindings(findings: readonly Finding[]): Record<Group, Finding[]> {
  const out: Record<Group, Finding[]> = { duty: [], permission: [], policy: [], none: [] };
  for (const f of findings) out[f.fired ? f.category : 'none'].push(f);
  return out;
}

/**
 * The clauses that did not fire, by agreement in the engine's order, each agreement's rows grouped.
 * @example byAgreement(notFired)[0] // {agreement: 'nato-1949', name: 'NATO (1949)', count: 64, rows: [...]}
 */
export function byAgreement(findings: readonly Finding[]) {
  const out = new Map<string, Finding[]>();
  for (const f of findings) out.set(f.agreement, [...(out.get(f.agreement) ?? []), f]);
  return [...out].map(([agreement, fs]) => ({
    agreement,
    name: fs[0]!.citation.agreementName,
    count: fs.length,
    rows: rowsOf(fs),
  }));
}

/** States with a fired defence duty: the ones the map tints as obliged. */
export const obligedStates = (findings: readonly Finding[]): string[] => [
  ...new Set(
    findings.filter((f) => f.fired && f.obligation === 'must-defend').map((f) => f.obligor),
  ),
];
