/** A world: an architecture on a date, prepared once and never changed, so that each event is a pure function of it. */
import type { Agreement } from '../model/agreement.ts';
import type { Architecture } from '../model/architecture.ts';
import type { ArchitectureId, AreaId, IsoDate, PlaceId, StateId } from '../model/ids.ts';
import type { Library } from '../model/library.ts';
import { type Assumptions, defaultAssumptions } from '../model/scenario.ts';
import { type Site, sitesOf } from './evaluation.ts';
import { type Gazetteer, placesOn, prepareGazetteer } from './gazetteer.ts';
import { agreementInForce, architectureAgreements } from './in-force.ts';
import { type Pair, pairsOf } from './pair.ts';
import { type Planner, planner, type Slate, slateOf } from './slate.ts';

/**
 * Everything an answer reads, built by prepareWorld and never changed afterwards: answers keep
 * nothing in it (a cache, if the caller wants one, is an AnswerCache passed in).
 */
export interface World {
  readonly library: Library;
  readonly architecture: Architecture;
  readonly date: IsoDate;
  readonly assumptions: Assumptions;
  /** The architecture's agreements, in force on the date or not (those not in force fail `in-force`). */
  readonly agreements: readonly Agreement[];
  readonly inForce: readonly Agreement[];
  /** Pairs answering an attack on the state, by beneficiary (nonaggression pledges, too), ready for any event. */
  readonly byVictim: ReadonlyMap<StateId, Slate>;
  /** Offence pairs, by the beneficiary whose own attack sets them off. */
  readonly byActor: ReadonlyMap<StateId, Slate>;
  readonly gazetteer: Gazetteer;
  /** The treaty areas the clauses name. */
  readonly areas: readonly AreaId[];
  /** Every named place with the areas that hold it, so an event there is located by a look-up. */
  readonly sites: ReadonlyMap<PlaceId, Site>;
}

export interface WorldOptions {
  architecture: ArchitectureId | string;
  date: IsoDate;
  assumptions?: Assumptions | undefined;
}

function push(index: Map<StateId, Pair[]>, key: StateId, pair: Pair) {
  const list = index.get(key);
  if (list) list.push(pair);
  else index.set(key, [pair]);
}

const slates = (index: Map<StateId, Pair[]>, plan: Planner): Map<StateId, Slate> =>
  new Map([...index].map(([state, pairs]) => [state, slateOf(pairs, plan)]));

const areasNamed = (agreements: readonly Agreement[]): AreaId[] => [
  ...new Set(
    agreements.flatMap((a) =>
      a.articles.flatMap((art) => art.clauses.flatMap((c) => c.trigger?.area ?? [])),
    ),
  ),
];

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
  const assumptions = options.assumptions ?? defaultAssumptions();
  const plan = planner(library, assumptions);
  const byVictim = new Map<StateId, Pair[]>();
  const byActor = new Map<StateId, Pair[]>();
  for (const agreement of agreements) {
    const ctx = { date, constraints, verdict: verdicts.get(agreement.id)! };
    for (const article of agreement.articles)
      for (const clause of article.clauses)
        for (const pair of pairsOf(agreement, article, clause, ctx))
          push(pair.obligation === 'must-join-attack' ? byActor : byVictim, pair.beneficiary, pair);
  }
  const gazetteer = prepareGazetteer(placesOn(library.places, date));
  const areas = areasNamed(agreements);
  return {
    library,
    architecture,
    date,
    assumptions,
    agreements,
    inForce,
    byVictim: slates(byVictim, plan),
    byActor: slates(byActor, plan),
    gazetteer,
    areas,
    sites: sitesOf(gazetteer, areas, library),
  };
}
