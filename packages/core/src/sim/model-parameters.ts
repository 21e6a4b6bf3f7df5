/**
 * A reliability model's parameters as a sensitivity analysis moves them: each with its point
 * value, the range it is moved over and why that range, and a copy of the model with some of them
 * set to other values.
 */
import { logistic, logit } from './logit.ts';
import type { ReliabilityModel } from './reliability-context.ts';

/** How far each kind of parameter is moved: what `casus sensitivity` prints with its answer. */
export interface RangeRule {
  /** A fitted coefficient moves over β̂ ± seMultiple·se (1.96: its 95% Wald interval). */
  seMultiple: number;
  /** An assumed log-odds shift moves ± this; an assumed probability p over logistic(logit(p) ± this). */
  logit: number;
  /** An assumed slope, cap, bound or floor moves over value × (1 ∓ this). */
  scale: number;
  /** A decision override's probability moves ± this, clipped to [0, 1] (analytics/decision-parameters.ts). */
  decide: number;
}

/** The default rule, documented in docs/simulation.md ("Sensitivity"). */
export const DEFAULT_RANGE_RULE: RangeRule = {
  seMultiple: 1.96,
  logit: 1,
  scale: 0.5,
  decide: 0.2,
};

/** What a parameter is, which decides the rule that gives its range. */
export type ParameterKind = 'fitted' | 'elicited' | 'shift' | 'probability' | 'scale' | 'override';

export interface ModelParameter {
  /** Unique within the model: a coefficient's name, an assumption's key, or `group.key` of the hand-set file. */
  name: string;
  kind: ParameterKind;
  point: number;
  low: number;
  high: number;
  /** The range and where it comes from, in words: "β̂ ± 1.96·se (se 0.034)", "assumed: ± 1 log-odds". */
  range: string;
  /** The parameter's source as its file gives it (a fitted coefficient: its term). */
  source: string;
}

const round = (x: number) => Number(x.toPrecision(4));

type AssumedKind = Exclude<ParameterKind, 'fitted' | 'elicited' | 'override'>;

/** Low and high of an assumed parameter under the rule, with the range in words. */
function assumedRange(kind: AssumedKind, point: number, rule: RangeRule) {
  if (kind === 'shift')
    return {
      low: point - rule.logit,
      high: point + rule.logit,
      range: `assumed: ± ${rule.logit} log-odds`,
    };
  if (kind === 'probability') {
    // 0 and 1 are no chance and certainty: moving them on the log-odds scale leaves them there.
    const at = (d: number) => (point <= 0 || point >= 1 ? point : logistic(logit(point) + d));
    return {
      low: at(-rule.logit),
      high: at(rule.logit),
      range: `assumed: logit ± ${rule.logit}`,
    };
  }
  const [a, b] = [point * (1 - rule.scale), point * (1 + rule.scale)];
  return { low: Math.min(a, b), high: Math.max(a, b), range: `assumed: × (1 ± ${rule.scale})` };
}

/** The hand-set file's groups and the kind of each entry (the rest of a group's entries are shifts). */
const HAND_SET_KINDS: Record<string, ParameterKind> = {
  'base.duty': 'probability',
  'base.permission': 'probability',
  'base.policy': 'probability',
  'depth.cap': 'scale',
  'distance.perThousandKm': 'scale',
  'distance.floor': 'scale',
  'capability.perLogRatio': 'scale',
  'capability.bound': 'scale',
  'domesticConstraint.p': 'probability',
  'basing.consent': 'probability',
  'basing.jointDecision': 'probability',
};
const HAND_SET_GROUPS = [
  'base',
  'response',
  'depth',
  'distance',
  'capability',
  'domesticConstraint',
  'affinity',
  'basing',
] as const;

/** The fitted file's assumptions that are probabilities (the others are log-odds shifts). */
const isFittedProbability = (name: string) =>
  name === 'domesticConstraint' || name.startsWith('affinity.') || name.startsWith('basing.');

type Entry = {
  name: string;
  kind: AssumedKind;
  value: number;
  source: string;
};

function assumedEntries(m: ReliabilityModel): Entry[] {
  if (m.form === 'logistic-fitted')
    return Object.entries(m.assumptions).map(([name, a]) => ({
      name,
      kind: isFittedProbability(name) ? 'probability' : 'shift',
      value: a.value,
      source: a.source,
    }));
  return HAND_SET_GROUPS.flatMap((g) =>
    Object.entries((m[g] ?? {}) as Record<string, { value: number; source: string }>).map(
      ([key, c]) => {
        const name = `${g}.${key}`;
        const kind = HAND_SET_KINDS[name] ?? (g === 'affinity' ? 'probability' : 'shift');
        return { name, kind: kind as Entry['kind'], value: c.value, source: c.source };
      },
    ),
  );
}

/**
 * Every parameter of the model with the range the rule gives it: a fitted model's coefficients
 * (over their standard errors) then its assumptions; a hand-set model's entries, all assumed.
 * @example modelParameters(fitted, DEFAULT_RANGE_RULE)[7] // {name: 'distance', low: β̂ − 1.96·se, …}
 */
export function modelParameters(m: ReliabilityModel, rule: RangeRule): ModelParameter[] {
  const fitted: ModelParameter[] =
    m.form === 'logistic-fitted'
      ? m.coefficients.map((c) => ({
          name: c.name,
          kind: 'fitted',
          point: c.estimate,
          low: c.estimate - rule.seMultiple * c.se,
          high: c.estimate + rule.seMultiple * c.se,
          range: `fitted: β̂ ± ${rule.seMultiple}·se (se ${round(c.se)}, n ${c.n})`,
          source: c.term,
        }))
      : [];
  const assumed = assumedEntries(m).map((e) => ({
    name: e.name,
    kind: e.kind,
    point: e.value,
    ...assumedRange(e.kind, e.value, rule),
    source: e.source,
  }));
  return [...fitted, ...assumed, ...declaratoryParameters(m, rule)];
}

/** The declaratory group's kind of each plain entry (the statement shifts are log-odds shifts). */
const DECLARATORY_KINDS: Record<string, AssumedKind> = {
  'conversion.confident': 'probability',
  'conversion.notConfident': 'probability',
  cap: 'scale',
};

/**
 * The declaratory group, where the file has one: its plain entries by the rule, and each elicited
 * prior's survey share over share ± Z·√(share(1 − share)/n), its sampling error in the survey's n,
 * clipped to [0, 1] (the share, not the probability it converts to, is what moves).
 */
function declaratoryParameters(m: ReliabilityModel, rule: RangeRule): ModelParameter[] {
  const d = m.declaratory;
  if (!d) return [];
  const plain: [string, { value: number; source: string }][] = [
    ['conversion.confident', d.conversion.confident],
    ['conversion.notConfident', d.conversion.notConfident],
    ...Object.entries(d.statement).map(([k, c]): [string, typeof c] => [`statement.${k}`, c]),
    ['cap', d.cap],
  ];
  return [
    ...plain.map(([key, c]): ModelParameter => {
      const kind = DECLARATORY_KINDS[key] ?? 'shift';
      return {
        name: `declaratory.${key}`,
        kind,
        point: c.value,
        ...assumedRange(kind, c.value, rule),
        source: c.source,
      };
    }),
    ...d.priors.map((p): ModelParameter => {
      const half = rule.seMultiple * Math.sqrt((p.share * (1 - p.share)) / p.source.n);
      return {
        name: `declaratory.prior.${p.agreement}.${p.clause}.${p.stakes}`,
        kind: 'elicited',
        point: p.share,
        low: Math.max(0, p.share - half),
        high: Math.min(1, p.share + half),
        range: `elicited: share ± ${rule.seMultiple}·√(s(1 − s)/n) (n ${p.source.n}), in [0, 1]`,
        source: `${p.source.survey}, published ${p.source.published}, n ${p.source.n}: share answering "${p.source.answer}"`,
      };
    }),
  ];
}

/**
 * A copy of the model with the named parameters at the given values, the rest as they were; the
 * covariance is kept, so the copy is for runs without parameter draws.
 * @example withParameterValues(fitted, {distance: -0.15}).coefficients[7].estimate // -0.15
 */
export function withParameterValues(
  m: ReliabilityModel,
  values: Readonly<Record<string, number>>,
): ReliabilityModel {
  const copy = structuredClone(m);
  for (const [name, value] of Object.entries(values)) {
    const entry = name.startsWith('declaratory.')
      ? declaratoryEntry(copy, name.slice('declaratory.'.length))
      : copy.form === 'logistic-fitted'
        ? (copy.coefficients.find((c) => c.name === name) ?? copy.assumptions[name])
        : handSetEntry(copy, name);
    if (!entry) throw new RangeError(`the model has no parameter "${name}"`);
    if ('estimate' in entry) entry.estimate = value;
    else if ('share' in entry) entry.share = value;
    else entry.value = value;
  }
  return copy;
}

function handSetEntry(m: ReliabilityModel, name: string): { value: number } | undefined {
  const dot = name.indexOf('.');
  const group = (m as unknown as Record<string, Record<string, { value: number }> | undefined>)[
    name.slice(0, dot)
  ];
  return dot > 0 && typeof group === 'object' ? group[name.slice(dot + 1)] : undefined;
}

/** A declaratory entry by its name after `declaratory.`: a plain entry, or a prior's share. */
function declaratoryEntry(
  m: ReliabilityModel,
  key: string,
): { value: number } | { share: number } | undefined {
  const d = m.declaratory;
  if (!d) return undefined;
  const prior = d.priors.find((p) => key === `prior.${p.agreement}.${p.clause}.${p.stakes}`);
  if (prior) return prior;
  const [group, entry] = key.split('.');
  if (group === 'cap' && entry === undefined) return d.cap;
  const g = (d as unknown as Record<string, Record<string, { value: number }> | undefined>)[group!];
  return entry !== undefined && g && typeof g === 'object' ? g[entry] : undefined;
}
