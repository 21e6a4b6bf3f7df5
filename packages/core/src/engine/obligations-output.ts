/** The answer to "who is obliged": header, events, findings and no-commitments, each cited article given once. */
import type { Event } from '../model/event.ts';
import type { Citation, Finding } from './finding.ts';
import type { NoCommitment } from './no-commitment.ts';
import type { AnswerHeader, ListedFinding, ObligationsOutput } from './output-schema.ts';

/**
 * A finding as the answer lists it. Its keys keep the engine's order, so the JSON of the two
 * differs only by the citation.
 */
export const listedFinding = (f: Finding): ListedFinding => ({
  event: f.event,
  agreement: f.agreement,
  clause: f.clause,
  clauseType: f.clauseType,
  fired: f.fired,
  category: f.category,
  obligation: f.obligation,
  obligor: f.obligor,
  beneficiary: f.beneficiary,
  adversary: f.adversary,
  response: f.response,
  trace: f.trace,
  failed: f.failed,
  summary: f.summary,
});

/**
 * The citations of findings by clause id, in the order the findings first cite them. A clause
 * cites one article: of a NATO attack's thirty obligors, Article 5 is quoted once.
 * @example citationsOf(findings)['nato-1949-art5']?.article // 'Article 5'
 */
export function citationsOf(findings: readonly Finding[]): Record<string, Citation> {
  const citations: Record<string, Citation> = {};
  for (const f of findings) citations[f.clause] ??= f.citation;
  return citations;
}

/**
 * The answer `casus obligations --json` prints and POST /api/obligations returns.
 * @example obligationsOutput(header, [event], findObligations(world, event), noCommitments(world, event)).citations
 */
export const obligationsOutput = (
  header: AnswerHeader,
  events: Event[],
  findings: readonly Finding[],
  noCommitment: NoCommitment[],
): ObligationsOutput => ({
  header,
  events,
  findings: findings.map(listedFinding),
  citations: citationsOf(findings),
  noCommitment,
});
