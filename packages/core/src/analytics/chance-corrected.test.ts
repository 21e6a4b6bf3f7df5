import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreementTable, tableFromRows } from './agreement-table.ts';
import { ATOP_VALUED } from './alliance-portfolio.ts';
import { cohenKappa, scottPi } from './chance-corrected.ts';
import { signorinoRitterS } from './signorino-ritter.ts';

const binary = { lowest: 0, highest: 1 };
// Rows are x = 0, 1; columns y = 0, 1: [[o00, o01], [o10, o11]], the shares scaled to n = 10.
const tableA = tableFromRows(binary, [
  [3, 2],
  [2, 3],
]);
const tableB = tableFromRows(binary, [
  [0, 2],
  [2, 6],
]);

describe("Häge's κ and π, the worked examples of methods.md §2.3", () => {
  it.each([
    ['A', tableA, 0.2, 0.2, 0.2],
    ['B', tableB, 0.2, -0.25, -0.25],
  ])('table %s: S, κ, π', (_, t, S, kappa, pi) => {
    for (const distance of ['absolute', 'squared'] as const) {
      expect(signorinoRitterS(t, distance).value).toBeCloseTo(S, 12);
      expect(cohenKappa(t, distance).value).toBeCloseTo(kappa, 12);
      expect(scottPi(t, distance).value).toBeCloseTo(pi, 12);
    }
  });

  it('table B scaled to n = 10 gives the same through the vectors', () => {
    const x = [1, 1, 1, 1, 1, 1, 1, 1, 0, 0];
    const y = [1, 1, 1, 1, 1, 1, 0, 0, 1, 1];
    const t = agreementTable(x, y, binary);
    expect(signorinoRitterS(t, 'squared').value).toBeCloseTo(0.2, 12);
    expect(cohenKappa(t).value).toBeCloseTo(-0.25, 12);
    expect(scottPi(t).value).toBeCloseTo(-0.25, 12);
  });
});

describe("squared distance is Häge's interval form (msim-data11-simmeasures.do, methods.md §2.2)", () => {
  const sums = (v: number[]) => [v.reduce((a, b) => a + b, 0), v.reduce((a, b) => a + b * b, 0)];
  it('κ = 1 − ssd/(ss1 + ss2 − (2/n)s1s2) and π = 1 − ssd/(ss1 + ss2 − (s1 + s2)²/(2n))', () => {
    const portfolio = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 40, maxLength: 40 });
    fc.assert(
      fc.property(portfolio, portfolio, (x, y) => {
        const n = x.length;
        const [s1, ss1] = sums(x);
        const [s2, ss2] = sums(y);
        const ssd = x.reduce((a, xi, i) => a + (xi - y[i]!) ** 2, 0);
        const kDen = ss1! + ss2! - (2 / n) * s1! * s2!;
        const pDen = ss1! + ss2! - (s1! + s2!) ** 2 / (2 * n);
        const t = agreementTable(x, y, ATOP_VALUED);
        expect(cohenKappa(t).value).toBeCloseTo(kDen === 0 ? 0 : 1 - ssd / kDen, 10);
        expect(scottPi(t).value).toBeCloseTo(pDen === 0 ? 0 : 1 - ssd / pDen, 10);
      }),
    );
  });
});

describe('κ and π at the edges', () => {
  it('identical portfolios that vary: 1', () => {
    const t = agreementTable([3, 0, 1, 0], [3, 0, 1, 0], ATOP_VALUED);
    expect(cohenKappa(t).value).toBe(1);
    expect(scottPi(t, 'absolute').value).toBe(1);
  });

  it("one position throughout (no chance disagreement): 0, as Häge's do-file sets it", () => {
    const t = agreementTable([3, 3, 3], [3, 3, 3], ATOP_VALUED);
    expect(cohenKappa(t).value).toBe(0);
    expect(scottPi(t).value).toBe(0);
  });
});
