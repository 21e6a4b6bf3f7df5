import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreementTable, type Scale } from './agreement-table.ts';
import { ATOP_VALUED } from './alliance-portfolio.ts';
import { signorinoRitterS } from './signorino-ritter.ts';

const s = (
  x: number[],
  y: number[],
  w: number[] | undefined,
  scale: Scale = ATOP_VALUED,
  distance: 'absolute' | 'squared' = 'absolute',
) => signorinoRitterS(agreementTable(x, y, scale, w), distance).value;

// methods.md §1.3: Signorino & Ritter's examples, as phenrickson's R test file labels them by page.
describe('Signorino & Ritter S, the worked examples of methods.md §1.3', () => {
  const quarter = [0.25, 0.25, 0.25, 0.25];
  it.each([
    ['Example 1', [3, 3, 2, 2], [2, 2, 3, 3], [0.5, 0.3, 0.1, 0.1], ATOP_VALUED, 1 / 3],
    [
      'hypothetical UN (Δ = 2)',
      [3, 3, 1, 2],
      [3, 3, 1, 3],
      quarter,
      { lowest: 1, highest: 3 },
      0.75,
    ],
    ['portfolio 1', [3, 2, 3, 0], [2, 3, 0, 3], [0.5, 0.4, 0.05, 0.05], ATOP_VALUED, 0.2],
    ['p.133 (a)', [0, 1, 2, 3], [3, 2, 1, 0], quarter, ATOP_VALUED, -1 / 3],
    ['p.133 (b)', [1, 2, 2, 3], [3, 2, 2, 1], quarter, ATOP_VALUED, 1 / 3],
    ['p.133 (c)', [2, 2, 3, 3], [3, 3, 2, 2], quarter, ATOP_VALUED, 1 / 3],
    ['p.133 (d)', [3, 3, 3, 3], [3, 3, 3, 3], quarter, ATOP_VALUED, 1],
  ])('%s', (_, x, y, w, scale, expected) => {
    expect(s(x, y, w, scale)).toBeCloseTo(expected, 12);
  });

  it('equal weights give the unweighted S: 1 − 2·Σ|x − y|/(N·Δ)', () => {
    expect(s([3, 3, 1, 2], [3, 3, 1, 3], undefined, { lowest: 1, highest: 3 })).toBeCloseTo(
      0.75,
      12,
    );
  });

  it("Häge's binary example (2011 p. 291): 5 of 10 differ, S = 0", () => {
    const binary = { lowest: 0, highest: 1 };
    expect(
      s([1, 0, 0, 1, 0, 0, 1, 0, 0, 0], [0, 1, 1, 0, 0, 0, 1, 1, 0, 0], undefined, binary),
    ).toBe(0);
  });

  it('divides by the actual sum of the weights, not 1 (CINC shares above 1 in 1860)', () => {
    // d = 0.55·|3 − 0|/3 = 0.55 and d_max = 1.1, so S = 0; a d_max forced to 1 would give −0.1.
    expect(s([3, 0], [0, 0], [0.55, 0.55])).toBeCloseTo(0, 12);
  });

  it("squared distance is Häge's S_sq = 1 − 2·Σ(x − y)²/(N·Δ²)", () => {
    // Σ(x − y)² = 1 + 1 + 9 + 9 = 20; N·Δ² = 36: S_sq = 1 − 40/36.
    expect(s([3, 2, 3, 0], [2, 3, 0, 3], undefined, ATOP_VALUED, 'squared')).toBeCloseTo(
      1 - 40 / 36,
      12,
    );
  });

  it('is symmetric, within [−1, 1], and 1 for identical portfolios', () => {
    const portfolio = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 30 });
    fc.assert(
      fc.property(portfolio, portfolio, (a, b) => {
        const n = Math.min(a.length, b.length);
        const [x, y] = [a.slice(0, n), b.slice(0, n)];
        const v = s(x, y, undefined)!;
        expect(v).toBeGreaterThanOrEqual(-1);
        expect(v).toBeLessThanOrEqual(1);
        expect(s(y, x, undefined)).toBeCloseTo(v, 12);
        expect(s(x, x, undefined)).toBe(1);
      }),
    );
  });
});
