import { describe, expect, it } from 'vitest';
import { buildPortfolios, commitmentLevel, portfolioOf } from './alliance-portfolio.ts';

const none = { defense: 0, offense: 0, neutral: 0, nonagg: 0, consul: 0 };

describe('valued ATOP portfolios (methods.md §1.2)', () => {
  it.each([
    [{ ...none, defense: 1, nonagg: 1 }, 3],
    [{ ...none, offense: 1 }, 3],
    [{ ...none, neutral: 1, nonagg: 1 }, 2],
    [{ ...none, consul: 1 }, 2],
    [{ ...none, nonagg: 1 }, 1],
    [none, 0],
  ])('%o is level %i', (pledges, level) => {
    expect(commitmentLevel(pledges)).toBe(level);
  });

  it('self is 3, the highest of several commitments counts, non-members are left out', () => {
    const p = buildPortfolios(
      [2, 20, 200],
      [
        { from: 2, to: 20, level: 1 },
        { from: 2, to: 20, level: 3 },
        { from: 2, to: 20, level: 2 },
        { from: 20, to: 2, level: 2 },
        { from: 2, to: 365, level: 3 },
        { from: 2, to: 2, level: 0 },
      ],
    );
    expect([...portfolioOf(p, 0)]).toEqual([3, 3, 0]);
    expect([...portfolioOf(p, 1)]).toEqual([2, 3, 0]);
    expect([...portfolioOf(p, 2)]).toEqual([0, 0, 3]);
  });
});
