/**
 * The reliability model: the probability that an obligor honours a fired obligation, from the
 * hand-set model (logit(p) = logit(base) + response + depth + distance + capability, every
 * coefficient from library/models/reliability.yaml) or the fitted one (fitted-probability.ts);
 * and the affinity model for states with no obligation.
 */

import type { BasingDecision } from '../engine/cascade-types.ts';
import { membersOn } from '../engine/in-force.ts';
import { greatCircleMiles, milesToKm } from '../geo/distance.ts';
import type { Agreement, AgreementKind } from '../model/agreement.ts';
import type { IsoDate, StateId } from '../model/ids.ts';
import type { LocatedFinding, ObligationEdgeKind } from './compiled-cascade.ts';
import { declaratoryProbability } from './declaratory.ts';
import { fittedProbability } from './fitted-probability.ts';
import { institutionsOn } from './institutions-on.ts';
import { logistic, logit } from './logit.ts';
import type {
  ProbabilityTerms,
  ReliabilityContext,
  ReliabilityModel,
} from './reliability-context.ts';
import type { ReliabilityParams } from './reliability-params.ts';
import { tripwireBases, tripwireTerm } from './tripwire.ts';

export { logistic, logit };

/** The hand-set model and the context it is read in. */
type HandSetContext = ReliabilityContext & { params: ReliabilityParams };

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * Depth: a shift per institution kind in force on the date, capped; an agreement whose
 * institutions have all ended (the Manila Pact after SEATO was dissolved in 1977) is dormant
 * instead. The tripwire counts as a live `forces-stationed` institution: where base data puts
 * the obligor's forces on the beneficiary's territory the term is added once, whether or not
 * the agreement records the institution (no double counting when it does). A dormant
 * agreement stays dormant: those forces are stationed under another agreement, whose edge
 * carries the term.
 */
function depthTerm(
  ctx: HandSetContext,
  agreement: Agreement | undefined,
  tripwire: boolean,
): number {
  if (!agreement) return 0;
  const d = ctx.params.depth;
  const { live, dormant } = institutionsOn(agreement, ctx.date);
  if (dormant) return d.dormant.value;
  const kinds = new Set(live.map((i) => i.kind));
  if (tripwire) kinds.add('forces-stationed');
  let sum = 0;
  for (const k of kinds) sum += d[k].value;
  return Math.min(sum, d.cap.value);
}

function distanceTerm(
  ctx: HandSetContext,
  obligor: StateId,
  point: LocatedFinding['point'],
): [number, number?] {
  const capital = ctx.inputs.capital(obligor);
  if (!capital || !point) return [0];
  const km = milesToKm(greatCircleMiles(capital, point));
  const d = ctx.params.distance;
  return [Math.max(d.floor.value, (d.perThousandKm.value * km) / 1000), km];
}

function capabilityTerm(ctx: HandSetContext, obligor: StateId, adversary: StateId): number {
  const a = ctx.inputs.capability(obligor, ctx.year);
  const b = ctx.inputs.capability(adversary, ctx.year);
  if (!(a && b && a > 0 && b > 0)) return 0;
  const c = ctx.params.capability;
  return clamp(c.perLogRatio.value * Math.log(a / b), -c.bound.value, c.bound.value);
}

/**
 * The probability that the obligor acts on one located finding, with its terms, under the
 * context's model, hand-set or fitted (a policy with an elicited prior for the event's stakes
 * under either, sim/declaratory.ts): the one call the prepare step makes per edge.
 * @example honourProbability(ctx, usArticleV, 'duty').p // about 0.8 hand-set, 0.05 fitted (US, Japan, China)
 */
export function honourProbability(
  ctx: ReliabilityContext,
  edge: LocatedFinding,
  kind: ObligationEdgeKind,
): ProbabilityTerms {
  const declared = declaratoryProbability(ctx, edge, kind);
  if (declared) return declared;
  const m = ctx.params;
  return m.form === 'logistic'
    ? handSetProbability({ ...ctx, params: m }, edge, kind)
    : fittedProbability(m, ctx, edge, kind);
}

function handSetProbability(
  ctx: HandSetContext,
  edge: LocatedFinding,
  kind: ObligationEdgeKind,
): ProbabilityTerms {
  const f = edge.finding;
  const zero = { response: 0, depth: 0, distance: 0, capability: 0 };
  if (kind === 'constrained') {
    const p = ctx.params.domesticConstraint.p.value;
    return { kind, p, base: p, ...zero };
  }
  const base = ctx.params.base[kind].value;
  const response = ctx.params.response[f.response].value;
  const tripwire = tripwireBases(ctx, edge);
  const depth = depthTerm(ctx, ctx.agreements.get(f.agreement), tripwire.length > 0);
  const [distance, distanceKm] = distanceTerm(ctx, f.obligor, edge.point);
  const capability = capabilityTerm(ctx, f.obligor, f.adversary);
  const p = logistic(logit(base) + response + depth + distance + capability);
  return {
    kind,
    p,
    base,
    response,
    depth,
    distance,
    capability,
    distanceKm,
    ...tripwireTerm(tripwire),
  };
}

/**
 * The kinds of the agreements in force that `state` and `anchor` both belong to, leaving out any
 * agreement the enemy leader also belongs to (a pact with both sides is no alignment): what an
 * affinity join reads of the world, whatever the model's affinity probabilities.
 * @example affinityKinds(inForce, 'AUS', 'USA', 'CHN', date) // ['treaty', 'joint-statement', …]
 */
export function affinityKinds(
  inForce: readonly Agreement[],
  state: StateId,
  anchor: StateId,
  enemyLeader: StateId,
  date: IsoDate,
): AgreementKind[] {
  const kinds: AgreementKind[] = [];
  for (const a of inForce) {
    const m = membersOn(a, date);
    if (m.includes(state) && m.includes(anchor) && !m.includes(enemyLeader)) kinds.push(a.kind);
  }
  return kinds;
}

/**
 * Affinity: the chance that a state with no obligation in the scenario joins its partner's side,
 * 1 − Π(1 − p_kind) over the shared agreements' kinds (`affinityKinds`).
 * @example affinityProbability(params, affinityKinds(inForce, 'AUS', 'USA', 'CHN', date)) // from the Quad, AUKUS, ANZUS
 */
export function affinityProbability(
  params: ReliabilityModel,
  kinds: readonly AgreementKind[],
): number {
  let stay = 1;
  for (const kind of kinds)
    stay *=
      1 -
      (params.form === 'logistic'
        ? params.affinity[kind].value
        : params.assumptions[`affinity.${kind}`]!.value);
  return 1 - stay;
}

/**
 * P(a host says yes) to a belligerent's combat from its bases, where the scenario assumes no
 * answer: the model's `basing` entry for the decision (consent, or a joint decision under joint
 * management); 0 for a model without one, so no host is drawn in by its bases.
 * @example basingProbability(handSet, 'host-consent') // 0.5
 */
export function basingProbability(params: ReliabilityModel, decision: BasingDecision): number {
  const key = decision === 'joint-decision' ? 'jointDecision' : 'consent';
  return params.form === 'logistic'
    ? (params.basing?.[key].value ?? 0)
    : (params.assumptions[`basing.${key}`]?.value ?? 0);
}
