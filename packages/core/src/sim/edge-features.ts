/**
 * The fitted reliability model's features for a present-day edge, computed as `casus fit`
 * computed them for a historical case (backtest/features.ts), from what a scenario has: the
 * clause, the agreement's members and institutions on the date, COW's major powers, the
 * present-day capitals and capability proxy. docs/simulation.md states each mapping and its limits.
 */
import { membersOn } from '../engine/in-force.ts';
import { greatCircleMiles, milesToKm } from '../geo/distance.ts';
import type { Agreement, InstitutionKind } from '../model/agreement.ts';
import type { Base } from '../model/base.ts';
import type { LocatedFinding } from './compiled-cascade.ts';
import { institutionsOn } from './institutions-on.ts';
import { majorPowersOn } from './major-powers.ts';
import type { ReliabilityContext } from './reliability-context.ts';
import { tripwireBases } from './tripwire.ts';

/** The fit's features a present-day edge has: all but democracy (Casus ships no present-day V-Dem scores) and capabilityChange (the present-day capability proxy is one year, with no signature-year figure to compare). */
export const SIM_FEATURES = [
  'offense',
  'neutrality',
  'nonaggression',
  'postwar',
  'multilateral',
  'majorPower',
  'distance',
  'capability',
  'depth',
] as const;
export type SimFeature = (typeof SIM_FEATURES)[number];

/** ATOP's depth items (integrated command, military aid, bases, organisation), as the library's institution kinds give them. */
type DepthItem = 'integratedCommand' | 'bases' | 'organisation';

/**
 * Which ATOP depth item each institution kind is evidence of. A status-of-forces agreement governs
 * forces that another institution stations, so it adds nothing of its own; nuclear sharing
 * stations weapons and their custodians on the host's bases, which ATOP's `base` counts; an
 * extended-deterrence pledge is a statement, not one of ATOP's institutions; and a joint
 * headquarters that works beside an ally's command is not the integrated command ATOP's
 * `intcom` counts, so the fitted model gives it no depth (the hand-set file weighs it). No kind
 * records military aid (ATOP `milaid`), so that item is always 0 here.
 */
export const DEPTH_ITEM_OF: Readonly<Record<InstitutionKind, DepthItem | null>> = {
  'integrated-command': 'integratedCommand',
  bases: 'bases',
  'joint-basing': 'bases',
  'forces-stationed': 'bases',
  'nuclear-sharing': 'bases',
  secretariat: 'organisation',
  'status-of-forces': null,
  'extended-deterrence': null,
  'joint-headquarters': null,
};

/** What an edge's feature row says and where it could not be computed. */
export interface EdgeFeatures {
  x: Record<SimFeature, number>;
  /** Every institution of the agreement has ended by the date (the Manila Pact after SEATO). */
  dormant: boolean;
  distanceKm?: number | undefined;
  /** Features without data (no capital, no capability figure), set to 0. */
  missing: SimFeature[];
  /** The bases where the obligor keeps forces on the beneficiary's territory (sim/tripwire.ts). */
  tripwire: readonly Base[];
}

/**
 * Live institutions counted as ATOP counts depth; a dormant agreement counts 0. The tripwire
 * (sim/tripwire.ts) is evidence of ATOP's `bases` item: it adds the item once, whether or not
 * an institution already gives it; a dormant agreement stays dormant (the forces are there under
 * another agreement, whose edge counts them).
 */
function depthOf(agreement: Agreement | undefined, ctx: ReliabilityContext, tripwire: boolean) {
  if (!agreement) return { depth: 0, dormant: false };
  const { live, dormant } = institutionsOn(agreement, ctx.date);
  if (dormant) return { depth: 0, dormant };
  const items = new Set(live.map((i) => DEPTH_ITEM_OF[i.kind]).filter((d) => d !== null));
  if (tripwire) items.add('bases');
  return { depth: items.size, dormant };
}

/**
 * The feature row of one located finding.
 * @example edgeFeatures(ctx, usArticleV).x // {postwar: 1, majorPower: 1, distance: 10.9, …}
 */
export function edgeFeatures(ctx: ReliabilityContext, edge: LocatedFinding): EdgeFeatures {
  const f = edge.finding;
  const missing: SimFeature[] = [];
  const agreement = ctx.agreements.get(f.agreement);
  const from = ctx.inputs.capital(f.obligor);
  const to = ctx.inputs.capital(f.beneficiary);
  const distanceKm = from && to ? milesToKm(greatCircleMiles(from, to)) : undefined;
  if (distanceKm === undefined) missing.push('distance');
  const own = ctx.inputs.capability(f.obligor, ctx.year);
  const enemy = ctx.inputs.capability(f.adversary, ctx.year);
  const capability = own && enemy && own > 0 && enemy > 0 ? Math.log(own / enemy) : undefined;
  if (capability === undefined) missing.push('capability');
  const tripwire = tripwireBases(ctx, edge);
  const { depth, dormant } = depthOf(agreement, ctx, tripwire.length > 0);
  const x: Record<SimFeature, number> = {
    offense: f.clauseType === 'offense' ? 1 : 0,
    neutrality: f.clauseType === 'neutrality' ? 1 : 0,
    nonaggression: f.clauseType === 'nonaggression' ? 1 : 0,
    postwar: ctx.year >= 1945 ? 1 : 0,
    multilateral: agreement && membersOn(agreement, ctx.date).length > 2 ? 1 : 0,
    majorPower: majorPowersOn(ctx.date).includes(f.obligor) ? 1 : 0,
    distance: (distanceKm ?? 0) / 1000,
    capability: capability ?? 0,
    depth,
  };
  return { x, dormant, distanceKm, missing, tripwire };
}
