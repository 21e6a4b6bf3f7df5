/** A world: an architecture on a date, precomputed so that each event is answered without heavy work. */
import type { Agreement, Exception } from '../model/agreement.ts';
import type { Architecture } from '../model/architecture.ts';
import type { Article, Clause, ClauseType } from '../model/clause.ts';
import type { ArchitectureId, IsoDate, StateId } from '../model/ids.ts';
import type { Library } from '../model/library.ts';
import { type Assumptions, defaultAssumptions } from '../model/scenario.ts';
import type { Citation, Condition, Finding, FindingCategory, Obligation } from './finding.ts';
import { type Gazetteer, placesOn, prepareGazetteer } from './gazetteer.ts';
import type { AreaMemo } from './in-area.ts';
import {
  agreementInForce,
  architectureAgreements,
  clauseInForce,
  exceptionsFor,
  memberOn,
} from './in-force.ts';

/** One clause read for one obligor and one beneficiary, with everything that does not depend on the event. */
export interface Pair {
  agreement: Agreement;
  article: Article;
  clause: Clause;
  obligor: StateId;
  beneficiary: StateId;
  obligation: Obligation;
  category: FindingCategory;
  citation: Citation;
  inForce: Condition;
  exceptions: Exception[];
  /** A domestic law in force that limits the obligor's use of force, for clauses that call for force. */
  constraint?: Agreement | undefined;
  /** Phrases and conditions that depend only on the pair and a key, built on first use (triggers/check.ts). */
  memo: Map<string, unknown>;
}

export interface World {
  library: Library;
  architecture: Architecture;
  date: IsoDate;
  assumptions: Assumptions;
  /** The architecture's agreements, in force on the date or not (those not in force fail `in-force`). */
  agreements: Agreement[];
  inForce: Agreement[];
  /** Pairs answering an attack on the state, keyed by beneficiary (and for nonaggression, too). */
  byVictim: Map<StateId, Pair[]>;
  /** Offence pairs, keyed by the beneficiary whose own attack sets them off. */
  byActor: Map<StateId, Pair[]>;
  gazetteer: Gazetteer;
  /** Answers already reached, by event signature (see findObligations); the world's only mutable part. */
  answers: Map<string, Finding[]>;
  areaMemo: AreaMemo;
}

export interface WorldOptions {
  architecture: ArchitectureId | string;
  date: IsoDate;
  assumptions?: Assumptions | undefined;
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

type PairContext = { date: IsoDate; constraints: Map<StateId, Agreement>; verdict: Condition };

function pairsOf(agreement: Agreement, article: Article, clause: Clause, ctx: PairContext): Pair[] {
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
          memo: new Map(),
        };
      }),
  );
}

function push(index: Map<StateId, Pair[]>, key: StateId, pair: Pair) {
  const list = index.get(key);
  if (list) list.push(pair);
  else index.set(key, [pair]);
}

/**
 * Prepares an architecture on a date; throws only for an architecture the library lacks
 * (callers check user input first, e.g. with checkScenario).
 * @example prepareWorld(lib, {architecture: 'status-quo', date: asDate('2024-11-01')})
 */
export function prepareWorld(library: Library, options: WorldOptions): World {
  const architecture = library.architectures.get(options.architecture as ArchitectureId);
  if (!architecture)
    throw new Error(`architecture "${options.architecture}" is not in the library`);
  const { date } = options;
  const added = new Set<string>(architecture.add);
  const agreements = architectureAgreements(library, architecture);
  const verdicts = new Map(
    agreements.map((a) => [a.id, agreementInForce(a, date, added.has(a.id))]),
  );
  const inForce = agreements.filter((a) => verdicts.get(a.id)?.pass);
  const constraints = new Map(
    inForce.flatMap((a) => (a.constraint ? [[a.constraint.state, a] as const] : [])),
  );
  const world: World = {
    library,
    architecture,
    date,
    assumptions: options.assumptions ?? defaultAssumptions(),
    agreements,
    inForce,
    byVictim: new Map(),
    byActor: new Map(),
    gazetteer: prepareGazetteer(placesOn(library.places, options.date)),
    answers: new Map(),
    areaMemo: new Map(),
  };
  for (const agreement of agreements) {
    const ctx = { date, constraints, verdict: verdicts.get(agreement.id)! };
    for (const article of agreement.articles)
      for (const clause of article.clauses)
        for (const pair of pairsOf(agreement, article, clause, ctx))
          push(
            pair.obligation === 'must-join-attack' ? world.byActor : world.byVictim,
            pair.beneficiary,
            pair,
          );
  }
  return world;
}
