/** The coverage matrix: for a scenario under an architecture, who must defend whom there, by which article. */
import { findObligations } from '../engine/find-obligations.ts';
import type { Finding } from '../engine/finding.ts';
import { prepareWorld } from '../engine/world.ts';
import type { ResponseStrength } from '../model/clause.ts';
import type { StateId } from '../model/ids.ts';
import type { Library } from '../model/library.ts';
import type { Scenario } from '../model/scenario.ts';
import { edgeKindOf } from '../sim/compiled-cascade.ts';

export interface CoverageCell {
  scenario: string;
  architecture: string;
  obligor: StateId;
  beneficiary: StateId;
  adversary: StateId;
  agreement: string;
  article: string;
  /** duty | permission | policy | constrained (would fire but for the obligor's domestic law). */
  kind: string;
  response: ResponseStrength;
  summary: string;
}

/** Strength order for the heat map: an automatic duty is the strongest cover. */
export const COVER_RANK: Record<string, number> = {
  'duty:automatic': 6,
  'duty:constitutional': 5,
  'duty:consult-first': 4,
  'duty:discretionary': 3,
  'duty:unstated': 3,
  permission: 2,
  policy: 1,
  constrained: 0.5,
};

export const coverRank = (c: Pick<CoverageCell, 'kind' | 'response'>): number =>
  COVER_RANK[c.kind === 'duty' ? `duty:${c.response}` : c.kind] ?? 0;

const cellOf = (scenario: string, architecture: string, f: Finding): CoverageCell | undefined => {
  const kind = edgeKindOf(f);
  if (!kind) return undefined;
  return {
    scenario,
    architecture,
    obligor: f.obligor,
    beneficiary: f.beneficiary,
    adversary: f.adversary,
    agreement: f.agreement,
    article: f.citation.article,
    kind,
    response: f.response,
    summary: f.summary,
  };
};

/**
 * Who is covered by whom for the scenario's first event, under one architecture.
 * @example coverage(lib, senkaku, 'status-quo') // [{obligor: 'USA', beneficiary: 'JPN', article: 'Article V', ...}]
 */
export function coverage(
  library: Library,
  scenario: Scenario,
  architecture: string,
): CoverageCell[] {
  const world = prepareWorld(library, {
    architecture,
    date: scenario.date,
    assumptions: scenario.assumptions,
  });
  return findObligations(world, scenario.events[0]!, 0).flatMap(
    (f) => cellOf(scenario.id, architecture, f) ?? [],
  );
}
