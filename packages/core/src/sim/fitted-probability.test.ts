import { describe, expect, it } from 'vitest';
import type { Agreement, Institution } from '../model/agreement.ts';
import type { AgreementId, IsoDate, StateId } from '../model/ids.ts';
import { FITTED_ASSUMPTION_NAMES, fittedProbability } from './fitted-probability.ts';
import { logistic } from './logit.ts';
import type { ReliabilityContext } from './reliability-context.ts';
import type { FittedReliability } from './reliability-fitted.ts';
import { fakeFinding } from './testing/fake-source.ts';

const beta = { intercept: 0.5, offense: 0.7, multilateral: -0.3, depth: 0.2, distance: -0.1 };
const model: FittedReliability = {
  version: 1,
  form: 'logistic-fitted',
  fit: { command: 'test', n: 10, events: 5, logLikelihood: -5, ridge: 0, data: [] },
  coefficients: Object.entries(beta).map(([name, estimate]) => ({
    name,
    term: name,
    estimate,
    se: 0.1,
    n: 10,
  })),
  covariance: [],
  assumptions: Object.fromEntries(
    FITTED_ASSUMPTION_NAMES.map((n, i) => [n, { value: -(i + 1) / 10, source: 'test' }]),
  ),
  calibration: {
    binning: 'deciles',
    leaveOneWarOut: { n: 10, bins: [{ from: 0, to: 1, n: 10, predicted: 0.5, observed: 0.5 }] },
    timeSplit: null,
  },
};
const shift = (name: string) => model.assumptions[name]!.value;

const institution = (kind: Institution['kind'], ended?: string): Institution =>
  ({ kind, name: kind, hosts: [], source: 's', ...(ended ? { ended } : {}) }) as Institution;

function context(members: string[], institutions: Institution[]): ReliabilityContext {
  const agreement = {
    id: 'aaa-bbb',
    members,
    memberships: [],
    institutions,
  } as unknown as Agreement;
  return {
    params: model,
    date: '2025-01-01' as IsoDate,
    year: 2025,
    agreements: new Map([['aaa-bbb' as AgreementId, agreement]]),
    inputs: { capability: () => undefined, capital: () => undefined },
  };
}
const edge = (clauseType: 'defense' | 'offense' = 'defense') => ({
  finding: { ...fakeFinding('AAA', 'BBB', 'CCC', { agreement: 'aaa-bbb' }), clauseType },
  victim: 'BBB' as StateId,
});

describe('fittedProbability on a present-day edge', () => {
  it('counts depth as ATOP does: bases, joint basing and forces stationed are one item, a SOFA none, ended institutions nothing', () => {
    const ctx = context(
      ['AAA', 'BBB'],
      [
        institution('bases'),
        institution('joint-basing'),
        institution('status-of-forces'),
        institution('secretariat'),
        institution('integrated-command', '2000-01-01'),
      ],
    );
    const t = fittedProbability(model, ctx, edge(), 'duty');
    expect([t['x.depth'], t['x.multilateral'], t['x.offense'], t.dormant]).toEqual([2, 0, 0, 0]);
    expect(t.p).toBeCloseTo(
      logistic(beta.intercept + 2 * beta.depth + shift('response.constitutional')),
      12,
    );
  });

  it('gives a dormant agreement depth 0 and the dormant shift; three members make it multilateral', () => {
    const ctx = context(['AAA', 'BBB', 'DDD'], [institution('secretariat', '1977-06-30')]);
    const t = fittedProbability(model, ctx, edge('offense'), 'duty');
    expect([t['x.depth'], t['x.multilateral'], t['x.offense']]).toEqual([0, 1, 1]);
    const eta =
      beta.intercept +
      beta.offense +
      beta.multilateral +
      shift('dormant') +
      shift('response.constitutional');
    expect(t.p).toBeCloseTo(logistic(eta), 12);
  });

  it('adds the assumed kind shift to a permission, and gives a constrained edge its fixed p', () => {
    const ctx = context(['AAA', 'BBB'], []);
    const duty = fittedProbability(model, ctx, edge(), 'duty');
    const permission = fittedProbability(model, ctx, edge(), 'permission');
    expect(permission.kindShift).toBe(shift('kind.permission'));
    expect(permission.p).toBeCloseTo(
      logistic(beta.intercept + shift('response.constitutional') + shift('kind.permission')),
      12,
    );
    expect(permission.p).toBeLessThan(duty.p);
    expect(fittedProbability(model, ctx, edge(), 'constrained').p).toBe(
      shift('domesticConstraint'),
    );
  });

  it('sets a feature without data to 0 and says so', () => {
    const t = fittedProbability(model, context(['AAA', 'BBB'], []), edge(), 'duty');
    expect([t['x.distance'], t['x.capability'], t.missing]).toEqual([0, 0, 'distance, capability']);
  });
});
