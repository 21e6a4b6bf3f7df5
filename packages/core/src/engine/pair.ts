/** Pairs: one clause read for one obligor and one beneficiary, undated, then with what holds on a date. */
import type { Agreement, Exception } from '../model/agreement.ts';
import type { Article, Clause, ClauseType } from '../model/clause.ts';
import type { StateId } from '../model/ids.ts';
import type { Evaluation } from './evaluation.ts';
import type { Citation, Condition, FindingCategory, Obligation } from './finding.ts';

/** One clause read for one obligor and one beneficiary, as far as no date changes it. */
export interface UndatedPair {
  readonly agreement: Agreement;
  readonly article: Article;
  readonly clause: Clause;
  readonly obligor: StateId;
  readonly beneficiary: StateId;
  readonly obligation: Obligation;
  readonly category: FindingCategory;
  readonly citation: Citation;
}

/**
 * Whether the pair holds on the world's date: a verdict, or, when its reason names that date, a
 * verdict built from the date an event is asked on (so one pair serves every date alike).
 */
export type InForceStep = Condition | ((ev: Evaluation) => Condition);

/** One clause read for one obligor and one beneficiary, with everything that does not depend on the event. */
export interface Pair extends UndatedPair {
  readonly inForce: InForceStep;
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

/** The citation of an article of an agreement, its text as the library has it. */
export function citationOf(agreement: Agreement, article: Article): Citation {
  return {
    agreement: agreement.id,
    agreementName: agreement.name,
    article: article.article,
    text: article.text,
    textStatus: article.textStatus,
    source: article.source,
  };
}

/** Whether the pair's obligation calls for force, which a domestic law may limit. */
export const callsForForce = (pair: UndatedPair): boolean => forceObligations.has(pair.obligation);

/**
 * The pairs of one clause, obligor by obligor, on any date. A state owes itself nothing, but a
 * permission its own law gives it to defend itself (Japan's armed-attack situation) is a pair of
 * the state with itself, asked only of attacks on its forces outside the territory it administers
 * (find-obligations.ts; docs/engine.md, "Forces abroad").
 * @example pairsOf(nato, articleV, clause).length // members × (members - 1)
 */
export function pairsOf(agreement: Agreement, article: Article, clause: Clause): UndatedPair[] {
  const kind = obligationOf[clause.type];
  if (!kind) return [];
  const resolve = (p: Clause['obligors']) => (p === 'members' ? agreement.members : p);
  const citation = citationOf(agreement, article);
  return resolve(clause.obligors).flatMap((obligor) =>
    resolve(clause.beneficiaries)
      .filter((beneficiary) => beneficiary !== obligor || clause.type === 'permission')
      .map((beneficiary) => ({
        agreement,
        article,
        clause,
        obligor,
        beneficiary,
        obligation: kind[0],
        category: kind[1],
        citation,
      })),
  );
}

/**
 * Whether the pair holds on its world's date; a verdict dated on the call is always a failure.
 * @example holds(usJapanArticleV) // true in 2024
 */
export const holds = (pair: Pair): boolean =>
  typeof pair.inForce !== 'function' && pair.inForce.pass;
