/** An architecture's plan: its pairs with their steps, wording and order, built once per stretch of dates the data names, so that a world on a new date is a look-up. */
import type { Agreement, Exception } from '../model/agreement.ts';
import type { Architecture } from '../model/architecture.ts';
import { isWithin } from '../model/dates.ts';
import type { ArchitectureId, AreaId, IsoDate, PlaceId, StateId } from '../model/ids.ts';
import type { Library } from '../model/library.ts';
import { type Assumptions, defaultAssumptions } from '../model/scenario.ts';
import { type Site, sitesOf } from './evaluation.ts';
import type { Condition } from './finding.ts';
import { type Gazetteer, placesOn, prepareGazetteer } from './gazetteer.ts';
import {
  agreementInForce,
  architectureAgreements,
  clauseInForce,
  exceptionsFor,
  memberOn,
} from './in-force.ts';
import { Lru } from './lru.ts';
import { callsForForce, type InForceStep, type Pair, pairsOf, type UndatedPair } from './pair.ts';
import { type Planner, planner, type Slate, slateOf } from './slate.ts';
import type { Step } from './triggers/index.ts';

/**
 * What an architecture holds on every date of one stretch: between two consecutive dates its
 * agreements, clauses, memberships, exceptions and places name (or on one of them), nothing an
 * answer reads changes, save the date in some in-force reasons, which a step reads from the event.
 */
export interface Stretch {
  readonly inForce: readonly Agreement[];
  readonly byVictim: ReadonlyMap<StateId, Slate>;
  readonly byActor: ReadonlyMap<StateId, Slate>;
  readonly gazetteer: Gazetteer;
  readonly sites: ReadonlyMap<PlaceId, Site>;
}

/**
 * Everything about an architecture that does not depend on the date, for one library and one set
 * of assumptions. It caches what it builds (pairs, steps, stretches): a caller that prepares many
 * dates keeps one plan per architecture and passes it to prepareWorld.
 */
export interface ArchitecturePlan {
  readonly library: Library;
  readonly architecture: Architecture;
  readonly assumptions: Assumptions;
  /** The architecture's agreements, in force on a date or not. */
  readonly agreements: readonly Agreement[];
  /** The treaty areas the clauses name. */
  readonly areas: readonly AreaId[];
  /** What holds on the date: built at the first date of its stretch, then looked up. */
  stretchOn(date: IsoDate): Stretch;
  /** Builds every stretch now, as a server may when it starts, so that no answer waits for one. */
  buildEveryStretch(): void;
  /** How many stretches are built so far. */
  readonly stretchesBuilt: number;
}

const areasNamed = (agreements: readonly Agreement[]): AreaId[] => [
  ...new Set(
    agreements.flatMap((a) =>
      a.articles.flatMap((art) => art.clauses.flatMap((c) => c.trigger?.area ?? [])),
    ),
  ),
];

/** Every date the architecture's data compares a date with, sorted. */
function datesNamed(agreements: readonly Agreement[], library: Library): IsoDate[] {
  const dates = new Set<IsoDate | undefined>();
  for (const a of agreements) {
    dates.add(a.inForce).add(a.ended);
    for (const art of a.articles) for (const c of art.clauses) dates.add(c.inForce).add(c.ended);
    for (const m of a.memberships) dates.add(m.joined).add(m.left);
    for (const e of a.exceptions) dates.add(e.from).add(e.to);
  }
  for (const p of library.places.values())
    for (const held of p.administration) dates.add(held.from).add(held.to);
  dates.delete(undefined);
  return [...(dates as Set<IsoDate>)].sort();
}

/** The stretch a date falls in: 2i before the i-th date named (and after the one before), 2i + 1 on it. */
function stretchIndex(dates: readonly IsoDate[], date: IsoDate): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]! < date) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo + (dates[lo] === date ? 1 : 0);
}

const dayAfter = (date: IsoDate, days: number): IsoDate =>
  new Date(Date.parse(date) + days * 864e5).toISOString().slice(0, 10) as IsoDate;

/** A failed in-force verdict whose reason ends with the date asked on: "…, after " + the date. */
const datedFailure =
  (head: string): InForceStep =>
  (ev) => ({ test: 'in-force', pass: false, reason: head + ev.date });

const sameList = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

function push(index: Map<StateId, Pair[]>, key: StateId, pair: Pair) {
  const list = index.get(key);
  if (list) list.push(pair);
  else index.set(key, [pair]);
}

/**
 * Plans an architecture; throws only for an architecture the library lacks.
 * @example prepareWorld(lib, {architecture: 'status-quo', date}, planArchitecture(lib, 'status-quo'))
 */
export function planArchitecture(
  library: Library,
  id: ArchitectureId | string,
  assumptions: Assumptions = defaultAssumptions(),
): ArchitecturePlan {
  const architecture = library.architectures.get(id as ArchitectureId);
  if (!architecture) throw new Error(`architecture "${id}" is not in the library`);
  const added = new Set<string>(architecture.add);
  const agreements = architectureAgreements(library, architecture);
  const dates = datesNamed(agreements, library);
  const undated = agreements.flatMap((a) =>
    a.articles.flatMap((art) => art.clauses.flatMap((c) => pairsOf(a, art, c))),
  );

  // Verdicts are shared by reason, so that pairs of two stretches alike are one pair. A reason
  // that names the date ends with it ("…, after 2020-01-01"): its step writes the event's date.
  const verdicts = new Map<string, InForceStep>();
  const stepOf = (c: Condition, date: IsoDate): InForceStep => {
    const dated =
      !c.pass && (c.reason.endsWith(`, after ${date}`) || c.reason.endsWith(`, before ${date}`));
    const head = dated ? c.reason.slice(0, -date.length) : c.reason;
    const key = `${dated ? 'dated' : c.pass} ${head}`;
    let step = verdicts.get(key);
    if (!step) {
      step = dated ? datedFailure(head) : c;
      verdicts.set(key, step);
    }
    return step;
  };
  // Each undated pair, as dated on the stretches so far: one per difference the date makes.
  const variants: Pair[][] = undated.map(() => []);
  const numbers = new Map<Pair, number>();
  const variantOf = (
    i: number,
    inForce: InForceStep,
    exceptions: readonly Exception[],
    constraint: Agreement | undefined,
  ): Pair => {
    const seen = variants[i]!;
    for (const pair of seen)
      if (
        pair.inForce === inForce &&
        pair.constraint === constraint &&
        sameList(pair.exceptions, exceptions)
      )
        return pair;
    const u = undated[i]!;
    // Spelled out: an object spread here costs more than the rest of the stretch.
    const pair: Pair = {
      agreement: u.agreement,
      article: u.article,
      clause: u.clause,
      obligor: u.obligor,
      beneficiary: u.beneficiary,
      obligation: u.obligation,
      category: u.category,
      citation: u.citation,
      inForce,
      exceptions,
      constraint,
    };
    seen.push(pair);
    numbers.set(pair, numbers.size);
    return pair;
  };

  const areas = areasNamed(agreements);
  const ready = planner(library, assumptions, areas);
  const planned = new Map<Pair, Step[]>();
  // A pair of one stretch is planned once for every stretch it belongs to.
  const plan: Planner = (pair, into) => {
    let steps = planned.get(pair);
    if (!steps) {
      steps = [];
      steps.length = ready(pair, steps);
      planned.set(pair, steps);
    }
    for (let i = 0; i < steps.length; i++) into[i] = steps[i]!;
    return steps.length;
  };
  // A slate is the same for the same pairs: most new stretches change a few states' pairs, if
  // any, so the others' slates are shared with the stretches before (in time and in memory).
  const slated = new Map<string, Slate>();
  const slateFor = (pairs: Pair[]): Slate => {
    const key = pairs.map((p) => numbers.get(p)).join();
    let slate = slated.get(key);
    if (!slate) {
      slate = slateOf(pairs, plan);
      slated.set(key, slate);
    }
    return slate;
  };
  const slates = (index: Map<StateId, Pair[]>): Map<StateId, Slate> =>
    new Map([...index].map(([state, pairs]) => [state, slateFor(pairs)]));

  const administered = [...library.places.values()].filter((p) => p.administration.length > 0);
  const surroundings = new Map<string, { gazetteer: Gazetteer; sites: Map<PlaceId, Site> }>();
  const surroundingsOn = (date: IsoDate) => {
    const key = administered
      .map((p) => p.administration.findIndex((a) => isWithin({ start: a.from, end: a.to }, date)))
      .join();
    let found = surroundings.get(key);
    if (!found) {
      const gazetteer = prepareGazetteer(placesOn(library.places, date));
      found = { gazetteer, sites: sitesOf(gazetteer, areas, library) };
      surroundings.set(key, found);
    }
    return found;
  };

  const build = (date: IsoDate): Stretch => {
    const verdictOf = new Map(
      agreements.map((a) => [a, agreementInForce(a, date, added.has(a.id))] as const),
    );
    const inForce = agreements.filter((a) => verdictOf.get(a)!.pass);
    const constraints = new Map(
      inForce.flatMap((a) => (a.constraint ? [[a.constraint.state, a] as const] : [])),
    );
    // A state's membership verdict on the date, read once per agreement, not once per pair.
    const memberships = new Map<Agreement, Map<StateId, InForceStep | null>>();
    const membershipOf = (a: Agreement, state: StateId): InForceStep | null => {
      let ofAgreement = memberships.get(a);
      if (!ofAgreement) {
        ofAgreement = new Map();
        memberships.set(a, ofAgreement);
      }
      let step = ofAgreement.get(state);
      if (step === undefined) {
        const verdict = memberOn(a, state, date);
        step = verdict ? stepOf(verdict, date) : null;
        ofAgreement.set(state, step);
      }
      return step;
    };
    const byVictim = new Map<StateId, Pair[]>();
    const byActor = new Map<StateId, Pair[]>();
    let clause: UndatedPair['clause'] | undefined;
    let clauseVerdict: Condition | undefined;
    let clauseStep: InForceStep | undefined;
    for (let i = 0; i < undated.length; i++) {
      const u = undated[i]!;
      const a = u.agreement;
      // The pairs of a clause come together: its verdict is read once.
      if (u.clause !== clause) {
        clause = u.clause;
        clauseVerdict = clauseInForce(verdictOf.get(a)!, clause, u.article.article, date);
        clauseStep = stepOf(clauseVerdict, date);
      }
      const member = clauseVerdict!.pass
        ? (membershipOf(a, u.obligor) ?? membershipOf(a, u.beneficiary))
        : null;
      const law = constraints.get(u.obligor);
      const pair = variantOf(
        i,
        member ?? clauseStep!,
        exceptionsFor(a, u.clause, u.obligor, u.beneficiary, date),
        law && callsForForce(u) ? law : undefined,
      );
      push(pair.obligation === 'must-join-attack' ? byActor : byVictim, pair.beneficiary, pair);
    }
    const { gazetteer, sites } = surroundingsOn(date);
    return { inForce, byVictim: slates(byVictim), byActor: slates(byActor), gazetteer, sites };
  };
  // Every stretch fits: there are at most twice as many as dates named, plus one.
  const stretches = new Lru<number, Stretch>(2 * dates.length + 1);
  const stretchOn = (date: IsoDate) => stretches.get(stretchIndex(dates, date), () => build(date));
  return {
    library,
    architecture,
    assumptions,
    agreements,
    areas,
    stretchOn,
    buildEveryStretch: () => {
      // The day before each date named, the date itself, and the day after the last.
      for (const date of dates) for (const day of [dayAfter(date, -1), date]) stretchOn(day);
      if (dates.length > 0) stretchOn(dayAfter(dates.at(-1)!, 1));
    },
    get stretchesBuilt() {
      return stretches.size;
    },
  };
}
