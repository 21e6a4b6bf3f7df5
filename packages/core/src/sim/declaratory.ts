/**
 * A declaratory policy's probability: the expert-elicited prior for the stakes of the event,
 * shifted by the declaratory statements made since the experts answered and before the
 * scenario's date; docs/simulation.md ("Declaratory policy") gives the reasoning.
 */
import type { Agreement } from '../model/agreement.ts';
import type { Declaration } from '../model/declaration.ts';
import type { IsoDate } from '../model/ids.ts';
import type { LocatedFinding, ObligationEdgeKind } from './compiled-cascade.ts';
import {
  type DeclaratoryParams,
  type ElicitedPrior,
  elicitedProbability,
} from './declaratory-params.ts';
import { logistic, logit } from './logit.ts';
import type { ProbabilityTerms, ReliabilityContext } from './reliability-context.ts';
import { stakesOf } from './stakes.ts';

const clauseOf = (agreement: Agreement | undefined, clause: string) =>
  agreement?.articles.flatMap((a) => a.clauses).find((c) => c.id === clause);

/**
 * The statements a prior has not seen: made after the survey's fieldwork ended and on or before
 * the scenario's date. Earlier ones the experts knew when they answered; later ones have not
 * been made on the scenario's date.
 * @example statementsSince(tra.declarations, '2023-12-15', '2027-01-01') // none in the library
 */
export const statementsSince = (
  declarations: readonly Declaration[],
  fieldworkEnd: IsoDate,
  date: IsoDate,
): Declaration[] => declarations.filter((d) => d.date > fieldworkEnd && d.date <= date);

/** The prior of the finding's clause for the stakes of its event, if the file elicits one. */
export function priorFor(d: DeclaratoryParams, edge: LocatedFinding): ElicitedPrior | undefined {
  const stakes = stakesOf(edge.event);
  const f = edge.finding;
  return d.priors.find(
    (p) => p.agreement === f.agreement && p.clause === f.clause && p.stakes === stakes,
  );
}

/**
 * The probability of a policy edge with an elicited prior, with its terms, or undefined (the
 * edge is not a policy, or the file elicits no prior for its clause and stakes): then the model's
 * base rate, response, depth, distance and capability terms apply as for any commitment. With a
 * prior they do not: the experts answered for this commitment in this kind of war, so distance
 * and capability are already in their answer.
 * @example declaratoryProbability(ctx, traInvasion, 'policy')?.p // 0.828 under the library's file
 */
export function declaratoryProbability(
  ctx: ReliabilityContext,
  edge: LocatedFinding,
  kind: ObligationEdgeKind,
): ProbabilityTerms | undefined {
  const d = ctx.params.declaratory;
  const prior = kind === 'policy' && d ? priorFor(d, edge) : undefined;
  if (!(d && prior)) return undefined;
  const clause = clauseOf(ctx.agreements.get(edge.finding.agreement), edge.finding.clause);
  const since = statementsSince(clause?.declarations ?? [], prior.source.fielded.to, ctx.date);
  const raw = since.reduce((sum, s) => sum + d.statement[s.stance].value, 0);
  const statements = Math.min(d.cap.value, Math.max(-d.cap.value, raw));
  const elicited = elicitedProbability(d, prior.share);
  return {
    kind,
    p: logistic(logit(elicited) + statements),
    stakes: prior.stakes,
    elicited,
    share: prior.share,
    survey: `${prior.source.survey} (n ${prior.source.n}, fielded to ${prior.source.fielded.to})`,
    surveyUrl: prior.source.url,
    statements,
    statementsSince: since.length,
  };
}
