/**
 * The fitted reliability model in the simulation: which fitted files it can evaluate, the
 * assumptions it needs beside the fit (taken from the hand-set file by `casus fit`), and an
 * edge's probability as logistic(offset + x·β) with its terms.
 */
import type { z } from 'zod';
import type { AgreementKind } from '../model/agreement.ts';
import type { ResponseStrength } from '../model/clause.ts';
import type { Result } from '../model/issues.ts';
import { validate } from '../model/schema-issues.ts';
import { parseYaml } from '../model/yaml-source.ts';
import type { LocatedFinding, ObligationEdgeKind } from './compiled-cascade.ts';
import { edgeFeatures, SIM_FEATURES, type SimFeature } from './edge-features.ts';
import { logistic, logit } from './logit.ts';
import type { ProbabilityTerms, ReliabilityContext } from './reliability-context.ts';
import { FittedReliability } from './reliability-fitted.ts';
import type { ReliabilityParams } from './reliability-params.ts';
import { tripwireTerm } from './tripwire.ts';

type Assumption = { value: number; source: string };
type Entry = readonly [string, Assumption];

const RESPONSES: readonly ResponseStrength[] = [
  'automatic',
  'constitutional',
  'consult-first',
  'discretionary',
  'unstated',
];
const AFFINITY_KINDS: readonly AgreementKind[] = [
  'treaty',
  'executive-agreement',
  'joint-statement',
  'proposal',
  'domestic-law',
];

/**
 * The terms history cannot inform, from the hand-set file (`label` names it in each source):
 * permission and policy as log-odds shifts against a duty with the same features (the hand-set
 * bases' difference on the logit scale), the response shifts (ATOP does not code the wording, so
 * the fit's pledges are all "unstated"), the dormant shift, the domestic-constraint probability
 * and the affinity probabilities.
 * @example fittedAssumptions(handSet, 'reliability.yaml')['kind.permission'].value // logit(0.5) − logit(0.75)
 */
export function fittedAssumptions(h: ReliabilityParams, label: string): Record<string, Assumption> {
  const from = (path: string, c: Assumption): Assumption => ({
    value: c.value,
    source: `${label} ${path}: ${c.source}`,
  });
  const kindShift = (kind: 'permission' | 'policy'): Entry => [
    `kind.${kind}`,
    {
      value: logit(h.base[kind].value) - logit(h.base.duty.value),
      source: `logit(base.${kind}) − logit(base.duty) of ${label} (${h.base[kind].value} against ${h.base.duty.value}), added to a duty's log-odds with the same features; base.${kind}: ${h.base[kind].source}`,
    },
  ];
  const entries: Entry[] = [
    kindShift('permission'),
    kindShift('policy'),
    ...RESPONSES.map((r): Entry => [`response.${r}`, from(`response.${r}`, h.response[r])]),
    ['dormant', from('depth.dormant', h.depth.dormant)],
    ['domesticConstraint', from('domesticConstraint.p', h.domesticConstraint.p)],
    ...AFFINITY_KINDS.map((k): Entry => [`affinity.${k}`, from(`affinity.${k}`, h.affinity[k])]),
    ...(h.basing
      ? BASING_DECISIONS.map((k): Entry => [`basing.${k}`, from(`basing.${k}`, h.basing![k])])
      : []),
  ];
  return Object.fromEntries(entries);
}

const BASING_DECISIONS = ['consent', 'jointDecision'] as const;

/** The assumption names a fitted file may carry for the simulation beyond the required ones. */
const OPTIONAL_ASSUMPTION_NAMES: readonly string[] = BASING_DECISIONS.map((k) => `basing.${k}`);

/** The assumption names a fitted file must carry for the simulation. */
export const FITTED_ASSUMPTION_NAMES: readonly string[] = [
  'kind.permission',
  'kind.policy',
  ...RESPONSES.map((r) => `response.${r}`),
  'dormant',
  'domesticConstraint',
  ...AFFINITY_KINDS.map((k) => `affinity.${k}`),
];

const SIMULABLE = `a term the simulation computes for a present-day edge: intercept, ${SIM_FEATURES.join(', ')} (democracy has no present-day scores in Casus, and capabilityChange no present-day history; refit with casus fit --without democracy,capabilityChange)`;

/** A fitted file the simulation can evaluate: every coefficient a feature it computes, every assumption present. */
export const SimFittedReliability = FittedReliability.superRefine((m, ctx) => {
  m.coefficients.forEach((c, j) => {
    if (j > 0 && !(SIM_FEATURES as readonly string[]).includes(c.name))
      ctx.addIssue({ code: 'custom', path: ['coefficients', j, 'name'], message: SIMULABLE });
  });
  for (const name of FITTED_ASSUMPTION_NAMES)
    if (!(name in m.assumptions))
      ctx.addIssue({ code: 'custom', path: ['assumptions', name], message: name });
  for (const name of Object.keys(m.assumptions))
    if (!FITTED_ASSUMPTION_NAMES.includes(name) && !OPTIONAL_ASSUMPTION_NAMES.includes(name))
      ctx.addIssue({
        code: 'custom',
        path: ['assumptions', name],
        message: `one of ${[...FITTED_ASSUMPTION_NAMES, ...OPTIONAL_ASSUMPTION_NAMES].join(', ')}`,
      });
});

/**
 * Parses a fitted file for the simulation; a term it cannot compute is a located error.
 * @example parseSimFittedReliability(text, 'library/models/reliability-fitted.yaml').ok
 */
export function parseSimFittedReliability(text: string, file: string): Result<FittedReliability> {
  const { source, issues } = parseYaml(text, file);
  if (!source) return { ok: false, issues };
  return validate(SimFittedReliability as z.ZodType<FittedReliability>, source.value, file, source);
}

const assumed = (m: FittedReliability, name: string): number => m.assumptions[name]!.value;

/** One edge as the fitted model sees it: x per coefficient (intercept 1), and the assumed shifts. */
export interface FittedRow {
  x: number[];
  /** The log-odds the fit does not give: response, dormant and kind shifts. */
  offset: number;
}

/**
 * The row of a duty, permission or policy edge (a constrained edge has a fixed probability).
 * @example fittedRow(model, ctx, usArticleV, 'duty').x // [1, 0, 0, 0, 1, 0, 1, 10.9, …]
 */
export function fittedRow(
  m: FittedReliability,
  ctx: ReliabilityContext,
  edge: LocatedFinding,
  kind: Exclude<ObligationEdgeKind, 'constrained'>,
) {
  const features = edgeFeatures(ctx, edge);
  const x = m.coefficients.map((c, j) => (j === 0 ? 1 : features.x[c.name as SimFeature]));
  const shifts = {
    response: assumed(m, `response.${edge.finding.response}`),
    dormant: features.dormant ? assumed(m, 'dormant') : 0,
    kindShift: kind === 'duty' ? 0 : assumed(m, `kind.${kind}`),
  };
  const offset = shifts.response + shifts.dormant + shifts.kindShift;
  return { row: { x, offset } satisfies FittedRow, features, shifts };
}

/**
 * The fitted probability of one edge with its terms: each coefficient's β·x, the assumed shifts,
 * and the features as `x.NAME`.
 * @example fittedProbability(model, ctx, usArticleV, 'duty').p // logistic(x·β)
 */
export function fittedProbability(
  m: FittedReliability,
  ctx: ReliabilityContext,
  edge: LocatedFinding,
  kind: ObligationEdgeKind,
): ProbabilityTerms {
  if (kind === 'constrained') {
    const p = assumed(m, 'domesticConstraint');
    return { kind, p, domesticConstraint: p };
  }
  const { row, features, shifts } = fittedRow(m, ctx, edge, kind);
  const terms: Record<string, number> = {};
  let eta = row.offset;
  m.coefficients.forEach((c, j) => {
    terms[c.name] = c.estimate * row.x[j]!;
    eta += terms[c.name]!;
  });
  return {
    kind,
    p: logistic(eta),
    ...terms,
    ...shifts,
    ...Object.fromEntries(SIM_FEATURES.map((n) => [`x.${n}`, features.x[n]])),
    distanceKm: features.distanceKm,
    ...(features.missing.length ? { missing: features.missing.join(', ') } : {}),
    ...tripwireTerm(features.tripwire),
  };
}
