/**
 * Forward presence (projection: bases) and the tripwire on a hand-made library: AAA attacks BBB
 * at BBB's capital [12, 10]; CCC (capital [30, 20]) defends BBB, DDD (capital [0, 5]) too.
 * Each test moves, dates or removes a base and checks the figure against the gradient's formula.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../test/library-files.ts';
import { greatCircleMiles } from '../geo/distance.ts';
import { adjustedCapability } from '../geo/strength-gradient.ts';
import { Agreement } from '../model/agreement.ts';
import { Architecture } from '../model/architecture.ts';
import { Base, type BaseInput } from '../model/base.ts';
import type { StateId } from '../model/ids.ts';
import type { Library } from '../model/library.ts';
import { defaultAssumptions, Scenario } from '../model/scenario.ts';
import { parseSimFittedReliability } from './fitted-probability.ts';
import { prepareScenario } from './prepare.ts';
import type { ReliabilityModel } from './reliability-context.ts';
import { parseReliabilityParams } from './reliability-params.ts';
import { tinyInputs, tinyLibrary } from './testing/tiny-library.ts';

const PLACE: [number, number] = [12, 10];
const CCC_CAPITAL: [number, number] = [30, 20];
const YEAR = 2024;

const base = (over: Partial<BaseInput> = {}): Base =>
  Base.parse({
    id: 'ccc-forward',
    name: 'Forward Base',
    host: 'BBB',
    users: ['CCC'],
    service: ['CCC Army'],
    coordinates: [13, 10],
    coordinatesSource: 'test',
    use: 'exclusive',
    managedBy: ['CCC'],
    opened: { date: '2020-01-01', source: 'test' },
    grants: [{ instrument: 'test agreement', source: 'test' }],
    summary: 'test base',
    sources: ['test'],
    ...over,
  });

/** The tiny library with CCC and DDD defending BBB, and the given bases. */
function library(bases: Base[], architecture: { add?: string[] } = {}): Library {
  const lib = tinyLibrary([
    ['CCC', 'BBB'],
    ['DDD', 'BBB'],
  ]);
  for (const b of bases) lib.bases.set(b.id, b);
  const arch = Architecture.parse({
    id: 'test',
    name: 'test',
    description: 'all pacts',
    bases: { add: architecture.add ?? [] },
  });
  lib.architectures.set(arch.id, arch);
  return lib;
}

const scenario = (projection: 'capital' | 'bases' | undefined = 'bases', date = '2024-01-01') =>
  Scenario.parse({
    id: 'tiny',
    name: 'tiny',
    description: 'AAA attacks BBB',
    architecture: 'test',
    date,
    events: [{ actor: 'AAA', kind: 'armed-attack', target: { place: 'BBB.main' } }],
    assumptions: projection ? { projection } : {},
  });

const readModel = (name: string): ReliabilityModel => {
  const file = join(repoRoot, 'library', 'models', name);
  const text = readFileSync(file, 'utf8');
  const r =
    name === 'reliability.yaml'
      ? parseReliabilityParams(text, file)
      : parseSimFittedReliability(text, file);
  if (!r.ok) throw new Error(`${name} does not parse`);
  return r.value;
};
const handSet = readModel('reliability.yaml');
const fitted = readModel('reliability-fitted.yaml');

const prepare = (lib: Library, s: Scenario, params: ReliabilityModel = handSet) =>
  prepareScenario(lib, s, { params, inputs: tinyInputs, affinity: false, parameterDraws: false });

/** CCC's capability at the place and the base it was measured from. */
function ccc(lib: Library, s: Scenario = scenario()) {
  const p = prepare(lib, s);
  const i = p.states.indexOf('CCC' as StateId);
  return { value: p.sim.capability[i]!, from: p.projection.from.find((f) => f.state === 'CCC') };
}

const fromCapital = adjustedCapability(0.3, greatCircleMiles(CCC_CAPITAL, PLACE), YEAR);
const fromPoint = (at: [number, number]) =>
  adjustedCapability(0.3, greatCircleMiles(at, PLACE), YEAR);

describe('forward presence: capability at the place from the nearest base (projection: bases)', () => {
  it('is not the default rule (an upper bound), and measures from the base by adjustedCapability(cinc, miles, year)', () => {
    const r = ccc(library([base()]));
    expect(defaultAssumptions().projection).toBe('capital');
    expect(r.value).toBe(fromPoint([13, 10]));
    expect(r.value).toBeGreaterThan(fromCapital);
    expect(r.from).toMatchObject({ state: 'CCC', base: 'ccc-forward', name: 'Forward Base' });
  });

  it('moving the base changes the capability exactly as the formula says for the new distance', () => {
    const near = ccc(library([base({ coordinates: [13, 10] })]));
    const far = ccc(library([base({ coordinates: [20, 15] })]));
    expect(near.value).toBe(fromPoint([13, 10]));
    expect(far.value).toBe(fromPoint([20, 15]));
    expect(far.value).toBeLessThan(near.value);
    expect(far.from?.km).toBe(Math.round(greatCircleMiles([20, 15], PLACE) * 1.609344));
  });

  it('takes the nearest of several bases, and the capital when it is nearer than every base', () => {
    const two = ccc(
      library([base({ coordinates: [20, 15] }), base({ id: 'ccc-near', coordinates: [12.5, 10] })]),
    );
    expect(two.value).toBe(fromPoint([12.5, 10]));
    expect(two.from?.base).toBe('ccc-near');
    const behind = ccc(library([base({ coordinates: [40, 25] })]));
    expect(behind.value).toBe(fromCapital);
    expect(behind.from?.base).toBeUndefined();
  });

  it('under projection: capital reproduces the capital-only figure, whatever the bases', () => {
    const none = prepare(library([]), scenario('bases'));
    const capital = prepare(library([base()]), scenario('capital'));
    expect(Array.from(capital.sim.capability)).toEqual(Array.from(none.sim.capability));
    expect(ccc(library([base()]), scenario('capital')).value).toBe(fromCapital);
    expect(capital.projection.rule).toBe('capital');
    expect(capital.projection.from.every((f) => f.base === undefined)).toBe(true);
  });

  it('a base not yet opened, or closed, on the date does not count', () => {
    expect(ccc(library([base({ opened: { date: '2025-01-01', source: 't' } })])).value).toBe(
      fromCapital,
    );
    expect(ccc(library([base({ closed: { date: '2023-01-01', source: 't' } })])).value).toBe(
      fromCapital,
    );
    // The same base counts from the day it opened.
    const dated = library([base({ opened: { date: '2025-01-01', source: 't' } })]);
    expect(ccc(dated, scenario('bases', '2025-01-01')).value).toBe(
      adjustedCapability(0.3, greatCircleMiles([13, 10], PLACE), 2025),
    );
  });

  it('access-only facilities do not count; rotational and joint ones do', () => {
    expect(ccc(library([base({ use: 'access' })])).value).toBe(fromCapital);
    expect(ccc(library([base({ use: 'rotational' })])).value).toBe(fromPoint([13, 10]));
    expect(ccc(library([base({ use: 'joint' })])).value).toBe(fromPoint([13, 10]));
  });

  it('a proposal counts only where the architecture adds it', () => {
    const proposal = base({ status: 'proposal' });
    expect(ccc(library([proposal])).value).toBe(fromCapital);
    expect(ccc(library([proposal], { add: ['ccc-forward'] })).value).toBe(fromPoint([13, 10]));
  });
});

describe('the tripwire: forces at a base hosted by the beneficiary', () => {
  const edgeTerms = (lib: Library, obligor: string, params: ReliabilityModel = handSet) =>
    prepare(lib, scenario(), params).edges.find((e) => e.obligor === obligor)!.terms!;
  const forcesStationed = (handSet as { depth: Record<string, { value: number }> }).depth[
    'forces-stationed'
  ]!.value;

  it('hand-set: gives the edge the forces-stationed depth term, and only that edge', () => {
    const without = edgeTerms(library([]), 'CCC');
    const withBase = edgeTerms(library([base()]), 'CCC');
    expect(without.depth).toBe(0);
    expect(withBase.depth).toBe(forcesStationed);
    expect(withBase.tripwire).toBe('Forward Base');
    expect(withBase.p).toBeGreaterThan(without.p);
    // DDD has no forces in BBB: no term.
    expect(edgeTerms(library([base()]), 'DDD').depth).toBe(0);
    expect(edgeTerms(library([base()]), 'DDD').tripwire).toBeUndefined();
  });

  it('counts no base hosted by another state, not yet opened, or access only', () => {
    expect(edgeTerms(library([base({ host: 'DDD' })]), 'CCC').depth).toBe(0);
    const later = base({ opened: { date: '2025-01-01', source: 't' } });
    expect(edgeTerms(library([later]), 'CCC').depth).toBe(0);
    expect(edgeTerms(library([base({ use: 'access' })]), 'CCC').depth).toBe(0);
  });

  it('adds nothing where the agreement already records forces stationed (no double counting)', () => {
    const lib = library([base()]);
    const pact = lib.agreements.get('ccc-bbb' as never)!;
    lib.agreements.set(
      pact.id,
      Agreement.parse({
        ...pact,
        institutions: [{ kind: 'forces-stationed', name: 'CCC forces in BBB', source: 'test' }],
      }),
    );
    expect(edgeTerms(lib, 'CCC').depth).toBe(forcesStationed);
  });

  it("fitted: the tripwire is ATOP's bases item, once", () => {
    expect(edgeTerms(library([]), 'CCC', fitted)['x.depth']).toBe(0);
    expect(edgeTerms(library([base()]), 'CCC', fitted)['x.depth']).toBe(1);
    expect(edgeTerms(library([base()]), 'DDD', fitted)['x.depth']).toBe(0);
    const lib = library([base()]);
    const pact = lib.agreements.get('ccc-bbb' as never)!;
    lib.agreements.set(
      pact.id,
      Agreement.parse({
        ...pact,
        institutions: [{ kind: 'bases', name: 'CCC bases in BBB', source: 'test' }],
      }),
    );
    expect(edgeTerms(lib, 'CCC', fitted)['x.depth']).toBe(1);
  });
});
