/** The answer to "who is obliged": header, events, findings and no-commitments, each cited article and each trace given once. */
import type { Event } from '../model/event.ts';
import type { Citation, Condition, Finding } from './finding.ts';
import type { NoCommitment } from './no-commitment.ts';
import type { AnswerHeader, ListedFinding, ObligationsOutput } from './output-schema.ts';

/**
 * A finding as the answer lists it, its trace the index of `trace` in the answer's traces and
 * without `failed`, which for a clause that did not fire is that trace's last condition (the
 * engine stops a trace at the first condition that fails). Its keys keep the engine's order, so
 * the JSON of the two differs only by the citation, the trace and `failed`.
 */
const listedFinding = (f: Finding, trace: number): ListedFinding => ({
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
  trace,
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
 * The answer `casus obligations --json` prints and POST /api/obligations returns. A trace is
 * listed once however many findings share it: the engine gives every obligor of a clause group
 * the same trace, so an answer of 35 findings holds about 9 distinct ones and its JSON is a third
 * smaller. Traces are told apart by identity, which is what the engine shares (and cheap on the
 * server's hot path); two equal traces from different groups are listed twice.
 * @example obligationsOutput(header, [event], findObligations(world, event), noCommitments(world, event)).traces
 */
export function obligationsOutput(
  header: AnswerHeader,
  events: Event[],
  findings: readonly Finding[],
  noCommitment: NoCommitment[],
): ObligationsOutput {
  const traces: Condition[][] = [];
  const index = new Map<Condition[], number>();
  const listed = findings.map((f) => {
    let i = index.get(f.trace);
    if (i === undefined) {
      i = traces.push(f.trace) - 1;
      index.set(f.trace, i);
    }
    return listedFinding(f, i);
  });
  return {
    header,
    events,
    findings: listed,
    traces,
    citations: citationsOf(findings),
    noCommitment,
  };
}

/**
 * The engine's findings back from an answer: each listed finding with its clause's citation, its
 * trace and, unless it fired, that trace's last condition as `failed`, key for key what
 * findObligations gave. For a client of the API or of `--json` that wants whole findings.
 * @example findingsOf(await response.json()).filter((f) => !f.fired).map((f) => f.failed?.test)
 */
export const findingsOf = ({
  findings,
  traces,
  citations,
}: Pick<ObligationsOutput, 'findings' | 'traces' | 'citations'>): Finding[] =>
  findings.map(({ trace: index, summary, ...f }) => {
    const trace = traces[index]!;
    const failed = f.fired ? undefined : trace.at(-1);
    return { ...f, citation: citations[f.clause]!, trace, failed, summary };
  });
