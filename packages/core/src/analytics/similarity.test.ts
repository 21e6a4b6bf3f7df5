import { describe, expect, it } from 'vitest';
import { buildPortfolios } from './alliance-portfolio.ts';
import { referenceMembers } from './reference-system.ts';
import { portfolioSimilarity, SIMILARITY_MEASURES, type SimilarityOptions } from './similarity.ts';

const opts = (o: Partial<SimilarityOptions> = {}): SimilarityOptions => ({
  measure: 's',
  distance: 'absolute',
  reference: 'global',
  ...o,
});

// USA 2, Canada 20, UK 200, France 220, Japan 740: the US and Canada allied, the UK and France allied.
const members = [2, 20, 200, 220, 740];
const p = buildPortfolios(members, [
  { from: 2, to: 20, level: 3 },
  { from: 20, to: 2, level: 3 },
  { from: 200, to: 220, level: 3 },
  { from: 220, to: 200, level: 3 },
]);

describe('portfolio similarity of two states', () => {
  it('global S over all five: the US (3,3,0,0,0) and Canada (3,3,0,0,0) are identical, 1', () => {
    expect(portfolioSimilarity(p, 2, 20, opts()).value).toBe(1);
  });

  it('global S: the US (3,3,0,0,0) and the UK (0,0,3,3,0) differ on four of five by 3, 1 − 2·4/5', () => {
    expect(portfolioSimilarity(p, 2, 200, opts()).value).toBeCloseTo(1 - 8 / 5, 12);
  });

  it('regional S: the US and the UK over the Americas and Europe only, 1 − 2·4/4 = −1', () => {
    expect(portfolioSimilarity(p, 2, 200, opts({ reference: 'regional' })).value).toBeCloseTo(
      -1,
      12,
    );
  });

  it('weighted S by CINC: only the differing weights count, 1 − 2·(0.3 + 0.1 + 0.2 + 0.1)/1', () => {
    const weights = [0.3, 0.1, 0.2, 0.1, 0.3];
    expect(
      portfolioSimilarity(p, 2, 200, opts({ measure: 's-weighted', weights })).value,
    ).toBeCloseTo(1 - 2 * 0.7, 12);
  });

  it('a state with no alliances: Japan (0,0,0,0,3) against the US, 1 − 2·3/5', () => {
    expect(portfolioSimilarity(p, 740, 2, opts()).value).toBeCloseTo(1 - 6 / 5, 12);
    // Japan's regional system is Asia and the Americas: USA, Canada, Japan; its portfolio (0,0,3).
    expect(portfolioSimilarity(p, 740, 2, opts({ reference: 'regional' })).value).toBeCloseTo(
      1 - (2 * (3 + 3 + 3)) / 9,
      12,
    );
  });

  it('every measure gives a value for two distinct members', () => {
    for (const measure of SIMILARITY_MEASURES)
      expect(
        portfolioSimilarity(p, 2, 220, opts({ measure, weights: [1, 1, 1, 1, 1] })).value,
      ).toBeTypeOf('number');
  });

  it('fewer than 2 states in the reference system: no value, with the reason', () => {
    const alone = buildPortfolios([2], []);
    expect(portfolioSimilarity(alone, 2, 2, opts())).toEqual({
      value: undefined,
      reason: 'the reference system has fewer than 2 states (1)',
    });
  });

  it('a state that is not a system member: no value, naming it', () => {
    expect(portfolioSimilarity(p, 2, 365, opts())).toEqual({
      value: undefined,
      reason: '365 is not a system member that year',
    });
  });

  it('weighted S without weights: no value, with the reason', () => {
    expect(portfolioSimilarity(p, 2, 20, opts({ measure: 's-weighted' })).value).toBeUndefined();
  });
});

describe('reference systems', () => {
  it('regional: the union of the two regions; global: every member', () => {
    expect(referenceMembers(members, 2, 740, 'regional')).toEqual([0, 1, 4]);
    expect(referenceMembers(members, 200, 220, 'regional')).toEqual([2, 3]);
    expect(referenceMembers(members, 2, 740, 'global')).toBeUndefined();
  });
});
