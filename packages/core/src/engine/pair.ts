/** Pairs: one clause read for one obligor and one beneficiary, with everything that does not depend on the event. */
import type { Agreement, Exception } from '../model/agreement.ts';
import type { Article, Clause, ClauseType } from '../model/clause.ts';
import type { IsoDate, StateId } from '../model/ids.ts';
import type { Citation, Condition, FindingCategory, Obligation } from './finding.ts';
import { clauseInForce, exceptionsFor, memberOn } from './in-force.ts';

/** One clause read for one obligor and one beneficiary, with everything that does not depend on the event. */
export interface Pair {
  readonly agreement: Agreement;
  readonly article: Article;
  readonly clause: Clause;
  readonly obligor: StateId;
  readonly beneficiary: StateId;
  readonly obligation: Obligation;
  readonly category: FindingCategory;
  readonly citation: Citation;
  readonly inForce: Condition;
  readonly exceptions: readonly Exception[];
  /** A domestic law in force that limits the obligor's use of force, for clauses that call for force. */
  readonly constraint?: Agreement | undefined;
}

/** What each clause type obliges, and whether that is a duty, a permission or a policy; access makes no finding. */
export const obligationOf: Record<ClauseType, [Obligation, FindingCategory] | undefined> = {
  defense: ['must-defend', 'duty'],
  offense: ['must-join-attack', 'duty'],
  neutrality: ['must-stay-neutral', 'duty'],
  nonaggression: ['must-not-attack', 'duty'],
  consultation: ['must-consult', 'duty'],
  permission: ['may-use-force', 'permission'],
  policy: ['policy', 'policy'],
  access: undefined,
};

const forceObligations = new Set<Obligation>(['must-defend', 'must-join-attack', 'may-use-force']);

function citationOf(agreement: Agreement, article: Article): Citation {
  return {
    agreement: agreement.id,
    agreementName: agreement.name,
    article: article.article,
    text: article.text,
    textStatus: article.textStatus,
    source: article.source,
  };
}

export type PairContext = {
  date: IsoDate;
  constraints: Map<StateId, Agreement>;
  verdict: Condition;
};

/**
 * The pairs of one clause, obligor by obligor.
 * @example pairsOf(nato, articleV, clause, ctx).length // members × (members - 1)
 */
export function pairsOf(
  agreement: Agreement,
  article: Article,
  clause: Clause,
  ctx: PairContext,
): Pair[] {
  const kind = obligationOf[clause.type];
  if (!kind) return [];
  const resolve = (p: Clause['obligors']) => (p === 'members' ? agreement.members : p);
  const inForce = clauseInForce(ctx.verdict, clause, article.article, ctx.date);
  const citation = citationOf(agreement, article);
  return resolve(clause.obligors).flatMap((obligor) =>
    resolve(clause.beneficiaries)
      .filter((beneficiary) => beneficiary !== obligor)
      .map((beneficiary) => {
        const law = ctx.constraints.get(obligor);
        return {
          agreement,
          article,
          clause,
          obligor,
          beneficiary,
          obligation: kind[0],
          category: kind[1],
          citation,
          inForce: inForce.pass
            ? (memberOn(agreement, obligor, ctx.date) ??
              memberOn(agreement, beneficiary, ctx.date) ??
              inForce)
            : inForce,
          exceptions: exceptionsFor(agreement, clause, obligor, beneficiary, ctx.date),
          constraint: law && forceObligations.has(kind[0]) ? law : undefined,
        };
      }),
  );
}
