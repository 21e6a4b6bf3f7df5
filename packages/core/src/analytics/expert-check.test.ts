import { describe, expect, it } from 'vitest';
import type { ExpertJudgements } from '../model/expert-judgements.ts';
import type { ReliabilityModel } from '../sim/reliability-context.ts';
import type { ScenarioSummary } from '../sim/summary.ts';
import { expertRows } from './expert-check.ts';

const url = 'https://example.org/survey';
const file = {
  version: 1,
  check: { scenarios: ['s'], states: ['USA', 'JPN', 'CHN'] },
  surveys: [
    { id: 'a', title: 'A', publisher: 'P', n: 10, population: 'x', url },
    { id: 'b', title: 'B', publisher: 'P', n: 20, population: 'x', url: 'https://example.org/b' },
  ],
  judgements: [
    {
      scenario: 's',
      state: 'USA',
      decision: 'd',
      survey: 'a',
      question: 'q',
      questionStatus: 'not-quoted',
      figure: { share: 0.9, answer: 'yes' },
      source: 'src',
    },
    {
      scenario: 's',
      state: 'USA',
      decision: 'd',
      survey: 'b',
      question: 'q',
      questionStatus: 'not-quoted',
      figure: { share: 0.8, answer: 'yes' },
      source: 'src',
    },
    {
      scenario: 's',
      decision: 'allies join',
      survey: 'b',
      question: 'q',
      questionStatus: 'not-quoted',
      figure: { share: 0.3, answer: 'yes' },
      source: 'src',
    },
  ],
} as unknown as ExpertJudgements;

const e = (value: number) => ({ value, low: value, high: value });
const summary = (usaSource: 'model' | 'override', jpnBasing = false) =>
  ({
    states: [
      { state: 'CHN', enter: e(1), round0: true },
      { state: 'USA', enter: e(0.8), round0: false },
    ],
    obligations: [
      ...(jpnBasing
        ? [
            {
              obligor: 'JPN',
              beneficiary: 'USA',
              kind: 'basing',
              agreement: 'us-japan-1960',
              article: 'Article VI',
              p: 0.5,
              source: 'model',
            },
          ]
        : []),
      {
        obligor: 'USA',
        beneficiary: 'TWN',
        kind: 'policy',
        agreement: 'tra',
        article: '§2',
        p: 0.8,
        source: usaSource,
        terms: { elicited: 0.8, survey: 'A', surveyUrl: url },
      },
    ],
  }) as unknown as ScenarioSummary;
const model = { form: 'logistic-fitted' } as ReliabilityModel;

describe('expertRows', () => {
  it('marks a judgement circular only when the model’s prior comes from that same survey', () => {
    const rows = expertRows(file, new Map([['s', summary('model')]]), model);
    const usa = rows.filter((r) => r.state === 'USA');
    expect(usa.map((r) => [r.expert?.survey.id, r.circular])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(usa[0]?.model?.basis.kind).toBe('elicited');
  });

  it('shows every checked state, judged or not, then the groups, with no model figure for a group', () => {
    const rows = expertRows(file, new Map([['s', summary('model')]]), model);
    expect(rows.map((r) => r.state ?? 'group')).toEqual(['USA', 'USA', 'JPN', 'CHN', 'group']);
    const jpn = rows.find((r) => r.state === 'JPN');
    expect(jpn?.expert).toBeUndefined();
    expect(jpn?.model?.enter).toEqual(e(0));
    expect(jpn?.model?.basis.kind).toBe('affinity only');
    expect(rows.find((r) => r.state === 'CHN')?.model?.basis.kind).toBe('round 0');
    expect(rows.at(-1)?.model).toBeUndefined();
  });

  it('names a host’s yes to its bases as the basis where the state is drawn in by them', () => {
    const rows = expertRows(file, new Map([['s', summary('model', true)]]), model);
    expect(rows.find((r) => r.state === 'JPN')?.model?.basis.kind).toBe('basing');
  });

  it('says when a user’s override, not the model, gives the state’s probability', () => {
    const rows = expertRows(file, new Map([['s', summary('override')]]), model);
    const usa = rows.find((r) => r.state === 'USA');
    expect(usa?.model?.basis).toMatchObject({ kind: 'override', detail: 'USA:TWN = 0.8' });
    expect(usa?.circular).toBe(false);
  });
});
