import { readFileSync } from 'node:fs';
import {
  type Agreement,
  asDate,
  asState,
  honourProbability,
  parameterValues,
  parseReliabilityParams,
  type ReliabilityParams,
} from '@casus/core';
import { describe, expect, it } from 'vitest';
import { fakeFinding } from '../../../core/src/sim/testing/fake-source.ts';

const file = new URL('../../../../library/models/reliability.yaml', import.meta.url);
const text = readFileSync(file, 'utf8');

function params(): ReliabilityParams {
  const r = parseReliabilityParams(text, 'reliability.yaml');
  if (!r.ok) throw new Error('reliability.yaml does not parse');
  return r.value;
}

describe('library/models/reliability.yaml', () => {
  it('parses, with a source for every coefficient', () => {
    const p = params();
    expect(p.base.duty.value).toBe(0.75);
    expect(parameterValues(p).response?.constitutional).toBe(0);
  });

  it('reports a bad value with its line and column', () => {
    const r = parseReliabilityParams(
      text.replace('value: 0.75', 'value: 1.75'),
      'reliability.yaml',
    );
    expect(r.ok).toBe(false);
    const issue = r.issues[0]!;
    expect(issue.pointer).toBe('/base/duty/value');
    expect(issue.line).toBeGreaterThan(10);
  });
});

describe('honourProbability', () => {
  const ctx = (institutions: Agreement['institutions'] = []) => ({
    params: params(),
    date: asDate('2025-01-01'),
    year: 2025,
    agreements: new Map([['aaa-bbb' as Agreement['id'], { institutions } as unknown as Agreement]]),
    inputs: {
      capability: (_s: string): number | undefined => undefined,
      capital: (_s: string): readonly [number, number] | undefined => undefined,
    },
  });
  const edge = (response: 'automatic' | 'constitutional' | 'discretionary' = 'constitutional') => ({
    finding: {
      ...fakeFinding('AAA', 'BBB', 'CCC'),
      response,
      agreement: 'aaa-bbb' as Agreement['id'],
    },
    victim: asState('BBB'),
  });

  it('starts from the Leeds, Long & Mitchell base rate with no modifiers', () => {
    expect(honourProbability(ctx(), edge(), 'duty').p).toBeCloseTo(0.75, 12);
  });

  it('orders response strengths: automatic > constitutional > discretionary', () => {
    const [a, c, d] = (['automatic', 'constitutional', 'discretionary'] as const).map(
      (r) => honourProbability(ctx(), edge(r), 'duty').p,
    );
    expect(a).toBeGreaterThan(c!);
    expect(c).toBeGreaterThan(d!);
  });

  it('raises p for depth (bases, forces stationed), up to the cap', () => {
    const deep = ctx([
      { kind: 'bases', name: 'b', hosts: [], source: 's' },
      { kind: 'forces-stationed', name: 'f', hosts: [], source: 's' },
    ]);
    expect(honourProbability(deep, edge(), 'duty').depth).toBeCloseTo(0.8, 12);
  });

  it('gives a clause held back only by domestic law its small fixed probability', () => {
    expect(honourProbability(ctx(), edge(), 'constrained').p).toBe(0.05);
  });

  it('lowers p with distance and raises it with relative capability', () => {
    const c = ctx();
    c.inputs = {
      capability: (s: string) => ({ AAA: 0.4, CCC: 0.1 })[s as 'AAA'] as number | undefined,
      capital: (s: string) => (s === 'AAA' ? ([0, 0] as const) : undefined),
    };
    const far = { ...edge(), point: [90, 0] as const };
    const t = honourProbability(c, far, 'duty');
    expect(t.distance).toBeLessThan(0);
    expect(t.capability).toBeGreaterThan(0);
    expect(t.distanceKm).toBeGreaterThan(9900);
  });
});
