import { describe, expect, it } from 'vitest';
import { greatCircleMiles } from './distance.ts';

describe('great-circle distance', () => {
  it('measures a quarter meridian', () => {
    expect(greatCircleMiles([0, 0], [0, 90])).toBeCloseTo((Math.PI / 2) * 3958.7613, 3);
  });

  it('measures Tokyo to Washington at about 6,760 miles', () => {
    expect(greatCircleMiles([139.6917, 35.6895], [-77.0364, 38.8951])).toBeGreaterThan(6700);
    expect(greatCircleMiles([139.6917, 35.6895], [-77.0364, 38.8951])).toBeLessThan(6820);
  });
});
