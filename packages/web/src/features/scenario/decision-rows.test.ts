import { describe, expect, it } from 'vitest';
import { decisionRows } from './decision-rows.ts';

describe('decision rows', () => {
  it('groups clauses by obligor and beneficiary, keeping the model’s p beside an override', () => {
    const rows = decisionRows([
      {
        obligor: 'USA',
        beneficiary: 'PHL',
        agreement: 'us-philippines-1951',
        p: 0.2,
        source: 'model',
      },
      { obligor: 'USA', beneficiary: 'PHL', agreement: 'manila-pact', p: 0.1, source: 'model' },
      {
        obligor: 'USA',
        beneficiary: 'TWN',
        agreement: 'taiwan-relations-act',
        p: 0.6,
        source: 'override',
        terms: { model: 0.07 },
      },
    ]);
    expect(rows).toEqual([
      {
        decision: 'USA:PHL',
        obligor: 'USA',
        beneficiary: 'PHL',
        agreements: ['us-philippines-1951', 'manila-pact'],
        model: 0.2,
        used: 0.2,
        overridden: false,
      },
      {
        decision: 'USA:TWN',
        obligor: 'USA',
        beneficiary: 'TWN',
        agreements: ['taiwan-relations-act'],
        model: 0.07,
        used: 0.6,
        overridden: true,
      },
    ]);
  });
});
