import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { logistic, logit } from './logit.ts';
import { DEFAULT_RANGE_RULE, modelParameters, withParameterValues } from './model-parameters.ts';
import { parseReliabilityModel } from './reliability-model.ts';

const repo = join(import.meta.dirname, '..', '..', '..', '..');
const load = (file: string) => {
  const r = parseReliabilityModel(readFileSync(join(repo, file), 'utf8'), file);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const fitted = load('library/models/reliability-fitted.yaml');
const handSet = load('library/models/reliability.yaml');
const near = (p: { low: number; high: number }, low: number, high: number) => {
  expect(p.low).toBeCloseTo(low, 12);
  expect(p.high).toBeCloseTo(high, 12);
};
const byName = (m: typeof fitted, name: string) =>
  modelParameters(m, DEFAULT_RANGE_RULE).find((p) => p.name === name)!;

describe('modelParameters', () => {
  it('moves a fitted coefficient over β̂ ± Z·se, and an assumption of the fitted file by the rule', () => {
    const d = byName(fitted, 'distance');
    expect(d.kind).toBe('fitted');
    expect(d.low).toBeCloseTo(-0.08501200626065508 - 1.96 * 0.0339009321000303, 12);
    expect(d.high).toBeCloseTo(-0.08501200626065508 + 1.96 * 0.0339009321000303, 12);
    const wide = modelParameters(fitted, { ...DEFAULT_RANGE_RULE, seMultiple: 1 });
    expect(wide.find((p) => p.name === 'distance')!.high).toBeCloseTo(-0.085012 + 0.033901, 5);
    expect(byName(fitted, 'response.discretionary').kind).toBe('shift');
    near(byName(fitted, 'response.discretionary'), -2.2, -0.2);
    const c = byName(fitted, 'domesticConstraint');
    expect(c.kind).toBe('probability');
    expect(c.low).toBeCloseTo(logistic(logit(0.05) - 1), 12);
    expect(byName(fitted, 'affinity.domestic-law')).toMatchObject({ low: 0, high: 0 });
  });

  it('gives every hand-set entry a range by its kind: bases on the log-odds scale, slopes and bounds by × (1 ± r)', () => {
    const params = modelParameters(handSet, DEFAULT_RANGE_RULE);
    expect(params.every((p) => p.kind !== 'fitted')).toBe(true);
    // base 3, response 5, depth 9 kinds + cap + dormant, distance 2, capability 2, domestic 1,
    // affinity 5, basing 2, declaratory 2 + 3 + 1 and its 3 elicited priors.
    expect(params).toHaveLength(3 + 5 + 11 + 2 + 2 + 1 + 5 + 2 + 6 + 3);
    expect(byName(handSet, 'base.duty').high).toBeCloseTo(logistic(logit(0.75) + 1), 12);
    expect(byName(handSet, 'distance.perThousandKm').kind).toBe('scale');
    near(byName(handSet, 'distance.perThousandKm'), -0.12, -0.04);
    expect(byName(handSet, 'depth.bases').kind).toBe('shift');
    near(byName(handSet, 'depth.bases'), -0.7, 1.3);
  });
});

describe('the declaratory group', () => {
  it('moves an elicited share over its sampling error in the survey’s n, and sets it in a copy', () => {
    const prior = byName(fitted, 'declaratory.prior.taiwan-relations-act.tra-policy.invasion');
    expect(prior.kind).toBe('elicited');
    const half = 1.96 * Math.sqrt((0.96 * 0.04) / 52);
    near(prior, 0.96 - half, Math.min(1, 0.96 + half));
    const m = withParameterValues(fitted, { [prior.name]: 0.5, 'declaratory.statement.defend': 1 });
    expect(m.declaratory!.priors[0]!.share).toBe(0.5);
    expect(m.declaratory!.statement.defend.value).toBe(1);
    expect(fitted.declaratory!.priors[0]!.share).toBe(0.96);
    expect(byName(fitted, 'declaratory.cap').kind).toBe('scale');
  });
});

describe('withParameterValues', () => {
  it('changes the named values in a copy and nothing else', () => {
    const m = withParameterValues(fitted, { distance: -0.2, 'affinity.treaty': 0.5 });
    expect(
      m.form === 'logistic-fitted' && m.coefficients.find((c) => c.name === 'distance')!.estimate,
    ).toBe(-0.2);
    expect(m.form === 'logistic-fitted' && m.assumptions['affinity.treaty']!.value).toBe(0.5);
    expect(fitted.form === 'logistic-fitted' && fitted.assumptions['affinity.treaty']!.value).toBe(
      0.01,
    );
    const h = withParameterValues(handSet, { 'base.policy': 0.9 });
    expect(h.form === 'logistic' && h.base.policy.value).toBe(0.9);
    expect(() => withParameterValues(handSet, { 'base.nope': 1 })).toThrow(
      /no parameter "base.nope"/,
    );
    expect(() => withParameterValues(fitted, { courage: 1 })).toThrow(/no parameter/);
  });
});
