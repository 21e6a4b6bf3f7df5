import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../test/library-files.ts';
import { Agreement } from '../model/agreement.ts';
import type { Library } from '../model/library.ts';
import { Scenario } from '../model/scenario.ts';
import { parseSimFittedReliability } from './fitted-probability.ts';
import { logistic, logit } from './logit.ts';
import { parameterSources } from './parameter-sources.ts';
import { prepareScenario } from './prepare.ts';
import type { ReliabilityModel } from './reliability-context.ts';
import { parseReliabilityParams } from './reliability-params.ts';
import { stakesOf } from './stakes.ts';
import { tinyInputs, tinyLibrary } from './testing/tiny-library.ts';

const read = (name: string) => {
  const file = join(repoRoot, 'library', 'models', name);
  return { text: readFileSync(file, 'utf8'), file };
};
const handSetFile = read('reliability.yaml');
const parsedHandSet = parseReliabilityParams(handSetFile.text, handSetFile.file);
if (!parsedHandSet.ok) throw new Error('library/models/reliability.yaml does not parse');
const parsedFitted = parseSimFittedReliability(
  read('reliability-fitted.yaml').text,
  'reliability-fitted.yaml',
);
if (!parsedFitted.ok) throw new Error('library/models/reliability-fitted.yaml does not parse');

/** A survey fielded to 2023-06-30 elicits CCC's policy towards BBB in an invasion: share 0.5. */
const withPrior = <M extends ReliabilityModel>(m: M): M => ({
  ...m,
  declaratory: {
    ...parsedHandSet.value.declaratory!,
    priors: [
      {
        ...parsedHandSet.value.declaratory!.priors[0]!,
        agreement: 'ccc-policy',
        clause: 'ccc-policy-1',
        stakes: 'invasion',
        share: 0.5,
        source: {
          ...parsedHandSet.value.declaratory!.priors[0]!.source,
          fielded: { from: '2023-06-01', to: '2023-06-30' },
        },
      },
    ],
  },
});

/** CCC's policy towards BBB, with statements in 2023 (before the survey), 2024 and 2026. */
function world(): Library {
  const lib = tinyLibrary([]);
  const said = (date: string, stance: string) => ({
    date,
    speaker: 'CCC head of government',
    stance,
    textStatus: 'not-quoted',
    description: 'test statement',
    source: 'test',
  });
  const a = Agreement.parse({
    id: 'ccc-policy',
    name: 'ccc-policy',
    shortName: 'ccc-policy',
    kind: 'domestic-law',
    members: ['CCC'],
    inForce: '2000-01-01',
    summary: 'test policy',
    sources: ['test'],
    articles: [
      {
        article: '§1',
        textStatus: 'not-quoted',
        source: 'test',
        clauses: [
          {
            id: 'ccc-policy-1',
            type: 'policy',
            obligors: ['CCC'],
            beneficiaries: ['BBB'],
            trigger: { events: ['armed-attack', 'blockade'] },
            response: 'discretionary',
            summary: 'test policy clause',
            declarations: [
              said('2023-03-01', 'decline'),
              said('2024-03-01', 'defend'),
              said('2026-03-01', 'defend'),
            ],
          },
        ],
      },
    ],
  });
  lib.agreements.set(a.id, a);
  return lib;
}

const scenario = (date: string, kind: 'armed-attack' | 'blockade' = 'armed-attack') =>
  Scenario.parse({
    id: 'tiny',
    name: 'tiny',
    description: 'AAA attacks BBB',
    architecture: 'test',
    date,
    events: [{ actor: 'AAA', kind, target: { place: 'BBB.main' } }],
  });

const policyEdge = (params: ReliabilityModel, date: string, kind?: 'blockade') => {
  const prepared = prepareScenario(world(), scenario(date, kind), {
    params,
    inputs: tinyInputs,
    affinity: false,
  });
  const e = prepared.edges.findIndex((x) => x.obligor === 'CCC');
  return { edge: prepared.edges[e]!, prepared, e };
};

// 0.5 × 0.85 + 0.5 × 0.3, by the library's conversion.
const elicited = 0.575;
const defend = parsedHandSet.value.declaratory!.statement.defend.value;

describe('a declaratory policy with an elicited prior', () => {
  it('counts a statement made after the survey and before the scenario, not one after the scenario', () => {
    const { edge } = policyEdge(withPrior(parsedHandSet.value), '2025-01-01');
    expect(edge.terms?.elicited).toBeCloseTo(elicited, 12);
    expect(edge.terms?.statementsSince).toBe(1);
    expect(edge.p).toBeCloseTo(logistic(logit(elicited) + defend), 12);
  });

  it('counts the later statement once the scenario is dated after it', () => {
    const { edge } = policyEdge(withPrior(parsedHandSet.value), '2027-01-01');
    expect(edge.terms?.statementsSince).toBe(2);
    expect(edge.p).toBeCloseTo(logistic(logit(elicited) + 2 * defend), 12);
  });

  it('leaves out a statement the experts knew (the 2023 decline, before the fieldwork ended)', () => {
    const { edge } = policyEdge(withPrior(parsedHandSet.value), '2023-12-01');
    expect(edge.terms?.statementsSince).toBe(0);
    expect(edge.p).toBeCloseTo(elicited, 12);
  });

  it('falls back to the base rate for stakes the file elicits no prior for', () => {
    const { edge } = policyEdge(withPrior(parsedHandSet.value), '2025-01-01', 'blockade');
    expect(edge.terms?.elicited).toBeUndefined();
    expect(edge.terms?.base).toBe(parsedHandSet.value.base.policy.value);
  });

  it('under the fitted model, is the same probability and is not redrawn with the coefficients', () => {
    const { edge, prepared, e } = policyEdge(withPrior(parsedFitted.value), '2025-01-01');
    expect(edge.p).toBeCloseTo(logistic(logit(elicited) + defend), 12);
    expect(prepared.sim.draws!.drawn[e]).toBe(0);
  });
});

describe('the elicited prior as a parameter', () => {
  it('is read from the library file and labelled elicited, with its survey, date, question and n', () => {
    const sources = parameterSources(parsedHandSet.value);
    const invasion = sources.find(
      (s) => s.parameter === 'declaratory.prior.taiwan-relations-act.tra-policy.invasion',
    );
    expect(invasion?.kind).toBe('elicited');
    expect(invasion?.value).toBeCloseTo(0.96 * 0.85 + 0.04 * 0.3, 12);
    expect(invasion?.survey).toMatchObject({ n: 52, published: '2024-01-22' });
    expect(invasion?.source).toMatch(/n 52: share answering "at least moderately confident"/);
    expect(sources.find((s) => s.parameter === 'base.duty')?.kind).toBe('cited');
    expect(sources.find((s) => s.parameter === 'base.policy')?.kind).toBe('assumption');
    const fitted = parameterSources(parsedFitted.value);
    expect(fitted.find((s) => s.parameter === 'coefficients.distance')?.kind).toBe('fitted');
    expect(fitted.filter((s) => s.kind === 'elicited')).toHaveLength(3);
  });

  it('is refused without the survey n, at the line of the source', () => {
    const text = handSetFile.text.replace(/\n {8}n: 52\n/, '\n');
    const r = parseReliabilityParams(text, 'reliability.yaml');
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({
      code: 'missing_field',
      pointer: '/declaratory/priors/0/source/n',
    });
  });

  it('refuses a verbatim statement without its words, and statements on a clause that is no policy', () => {
    const clause = (extra: object) => ({
      article: '§1',
      textStatus: 'not-quoted',
      source: 'test',
      clauses: [
        {
          id: 'x-1',
          type: 'defense',
          obligors: ['CCC'],
          beneficiaries: ['BBB'],
          trigger: { events: ['armed-attack'] },
          response: 'discretionary',
          summary: 'x',
          ...extra,
        },
      ],
    });
    const base = {
      id: 'x',
      name: 'x',
      shortName: 'x',
      kind: 'treaty',
      members: ['CCC', 'BBB'],
      inForce: '2000-01-01',
      summary: 'x',
      sources: ['x'],
    };
    const statement = {
      date: '2020-01-01',
      speaker: 's',
      stance: 'defend',
      description: 'd',
      source: 's',
    };
    const policy = (s: object) =>
      Agreement.safeParse({ ...base, articles: [clause({ type: 'policy', declarations: [s] })] });
    expect(policy({ ...statement, textStatus: 'verbatim' }).success).toBe(false);
    expect(policy({ ...statement, textStatus: 'not-quoted' }).success).toBe(true);
    const duty = Agreement.safeParse({
      ...base,
      articles: [clause({ declarations: [{ ...statement, textStatus: 'not-quoted' }] })],
    });
    expect(duty.success).toBe(false);
  });
});

describe('stakes', () => {
  it('an armed attack on territory is an invasion, on a ship none; a blockade and a gray-zone act are a blockade and a quarantine', () => {
    expect(stakesOf({ kind: 'armed-attack', target: { place: 'TWN.main' } } as never)).toBe(
      'invasion',
    );
    expect(
      stakesOf({
        kind: 'armed-attack',
        target: { state: 'TWN', asset: 'public-vessel', at: [0, 0] },
      } as never),
    ).toBeUndefined();
    expect(stakesOf({ kind: 'blockade', target: { place: 'TWN.main' } } as never)).toBe('blockade');
    expect(stakesOf({ kind: 'gray-zone', target: { place: 'TWN.main' } } as never)).toBe(
      'quarantine',
    );
    expect(stakesOf({ kind: 'threat', target: { place: 'TWN.main' } } as never)).toBeUndefined();
  });
});
