import { describe, expect, it } from 'vitest';
import { type BacktestCase, backtestCsv } from './output.ts';
import { type SummaryCase, summarizeBacktest } from './summary.ts';

const c = (
  date: string,
  obligation: string,
  honoured: boolean | null,
  bilateral = true,
): SummaryCase => ({
  date,
  obligation,
  invoked: true,
  honoured,
  bilateral,
  assumed: false,
});

describe('summarizeBacktest', () => {
  const cases = [
    ...Array.from({ length: 8 }, () => c('1900-01-01', 'defense', true)),
    ...Array.from({ length: 2 }, () => c('1950-01-01', 'defense', false, false)),
    c('1950-01-01', 'consultation', null),
    { ...c('1950-01-01', 'defense', null), invoked: false },
  ];
  const s = summarizeBacktest(cases);
  const rate = (key: string) => s.rates.find((r) => r.key === key)!;

  it('counts invoked, testable pledges only, with Wilson intervals', () => {
    expect([s.cases, s.invoked, s.tests, s.honoured]).toEqual([12, 11, 10, 8]);
    expect(rate('all')).toMatchObject({
      tests: 10,
      honoured: 8,
      rate: 0.8,
      low: 0.49,
      high: 0.943,
    });
    expect(rate('era:before-1945')).toMatchObject({ tests: 8, rate: 1 });
    expect(rate('size:multilateral')).toMatchObject({ tests: 2, rate: 0 });
    expect(rate('obligation:offense')).toMatchObject({ tests: 0, rate: null });
  });

  it('marks a published figure beyond the interval', () => {
    expect(rate('all').published).toEqual([
      expect.objectContaining({ value: 0.5, outside: false }),
    ]);
    expect(rate('era:1945-on').published[0]).toMatchObject({ value: 0.22, outside: false });
    expect(rate('era:before-1945').published.map((p) => p.outside)).toEqual([true, false, false]);
  });
});

describe('backtestCsv', () => {
  it('quotes what needs quoting and leaves null empty', () => {
    const row: BacktestCase = {
      war: 163,
      warName: 'Vietnam War, Phase 2',
      atopid: 1,
      obligor: 2,
      beneficiary: 817,
      date: '1965-02-07',
      obligation: 'defense',
      invoked: false,
      honoured: null,
      p: null,
      reason: 'said "no"',
    };
    expect(backtestCsv([row]).split('\n')[1]).toBe(
      '163,"Vietnam War, Phase 2",1,2,817,1965-02-07,defense,false,,,"said ""no"""',
    );
  });
});
