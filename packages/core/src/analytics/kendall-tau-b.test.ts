import { describe, expect, it } from 'vitest';
import { agreementTable } from './agreement-table.ts';
import { ATOP_VALUED } from './alliance-portfolio.ts';
import { kendallTauB } from './kendall-tau-b.ts';

const tau = (x: number[], y: number[], w?: number[]) =>
  kendallTauB(agreementTable(x, y, ATOP_VALUED, w));

describe("Kendall's τb", () => {
  // Signorino & Ritter's point (1999 p. 133): τb is −1 for all of (a)–(c), where S tells them apart.
  it.each([
    ['(a)', [0, 1, 2, 3], [3, 2, 1, 0]],
    ['(b)', [1, 2, 2, 3], [3, 2, 2, 1]],
    ['(c)', [2, 2, 3, 3], [3, 3, 2, 2]],
  ])('S&R p.133 %s: −1', (_, x, y) => {
    expect(tau(x, y).value).toBeCloseTo(-1, 12);
  });

  it('S&R portfolio 1, by hand: C = 0, D = 4, one tie in each, −4/√(5·5) = −0.8', () => {
    expect(tau([3, 2, 3, 0], [2, 3, 0, 3]).value).toBeCloseTo(-0.8, 12);
  });

  it('identical with a tie: C = 5, n1 = n2 = 1, 5/√(5·5) = 1; and ties apart', () => {
    expect(tau([0, 0, 1, 3], [0, 0, 1, 3]).value).toBeCloseTo(1, 12);
    // (0,0,1,3) against (0,1,1,2): ties (1,2) in x and (2,3) in y, C = 4: 4/√(5·5).
    expect(tau([0, 0, 1, 3], [0, 1, 1, 2]).value).toBeCloseTo(0.8, 12);
  });

  it('S&R p.133 (d), one position throughout: no value, with the reason', () => {
    expect(tau([3, 3, 3, 3], [3, 3, 3, 3])).toEqual({
      value: undefined,
      reason: 'a portfolio holds one position toward every state, so τb has no value',
    });
  });

  it('takes no weights', () => {
    expect(tau([0, 3], [3, 0], [0.5, 0.5]).value).toBeUndefined();
  });
});
