import { describe, expect, it } from 'vitest';
import { arcPath, buildLinks } from './links.ts';

describe('agreement links', () => {
  it('folds pairs into one link per pair of states, coloured by the strongest type', () => {
    const links = buildLinks([
      {
        shortName: 'A',
        pairs: [
          { obligor: 'USA', beneficiary: 'JPN', type: 'consultation' },
          { obligor: 'JPN', beneficiary: 'USA', type: 'consultation' },
        ],
      },
      { shortName: 'B', pairs: [{ obligor: 'USA', beneficiary: 'JPN', type: 'defense' }] },
    ]);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({
      a: 'JPN',
      b: 'USA',
      type: 'defense',
      agreements: ['A', 'B'],
      oneWay: undefined,
    });
  });
  it('marks a one-way obligation with its direction', () => {
    const [link] = buildLinks([
      { shortName: 'TRA', pairs: [{ obligor: 'USA', beneficiary: 'TWN', type: 'access' }] },
    ]);
    expect(link?.oneWay).toEqual({ from: 'USA', to: 'TWN' });
  });
  it('draws a gentle arc whose bow is capped for long links', () => {
    expect(arcPath([0, 0], [100, 0])).toBe('M0,0 Q50,18 100,0');
    expect(arcPath([0, 0], [1000, 0])).toBe('M0,0 Q500,45 1000,0');
  });
});
