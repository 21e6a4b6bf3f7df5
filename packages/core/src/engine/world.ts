/** A world: an architecture on a date, prepared once and never changed, so that each event is a pure function of it. */
import type { Agreement } from '../model/agreement.ts';
import type { Architecture } from '../model/architecture.ts';
import type { Base } from '../model/base.ts';
import { findBases } from '../model/find-bases.ts';
import type { ArchitectureId, AreaId, IsoDate, PlaceId, StateId } from '../model/ids.ts';
import type { Library } from '../model/library.ts';
import type { Assumptions } from '../model/scenario.ts';
import { type ArchitecturePlan, planArchitecture } from './architecture-plan.ts';
import type { Site } from './evaluation.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Slate } from './slate.ts';

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
  /** The bases that exist on the date under the architecture (its proposals added), by host then name. */
  readonly bases: readonly Base[];
}

export interface WorldOptions {
  architecture: ArchitectureId | string;
  date: IsoDate;
  assumptions?: Assumptions | undefined;
}

/**
 * Prepares an architecture on a date; throws only for an architecture the library lacks
 * (callers check user input first, e.g. with checkScenario). With the architecture's `plan`
 * (from planArchitecture, for the same library and assumptions), a date its plan has seen the
 * stretch of costs a look-up; without one, the architecture is planned from scratch.
 * @example prepareWorld(lib, {architecture: 'status-quo', date: asDate('2024-11-01')})
 */
export function prepareWorld(
  library: Library,
  options: WorldOptions,
  plan: ArchitecturePlan = planArchitecture(library, options.architecture, options.assumptions),
): World {
  if (plan.library !== library || plan.architecture.id !== options.architecture)
    throw new Error(`the plan given is not of architecture "${options.architecture}"`);
  const stretch = plan.stretchOn(options.date);
  return {
    library,
    architecture: plan.architecture,
    date: options.date,
    assumptions: plan.assumptions,
    agreements: plan.agreements,
    inForce: stretch.inForce,
    byVictim: stretch.byVictim,
    byActor: stretch.byActor,
    gazetteer: stretch.gazetteer,
    areas: plan.areas,
    sites: stretch.sites,
    bases: findBases(library, { date: options.date, architecture: plan.architecture }),
  };
}
