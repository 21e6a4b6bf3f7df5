/** The backtest under both readings of a counter-strike on the side that began a war: how many pledges each invokes, and how often they were honoured. */
import type { BacktestCase, ReadingRow } from './output.ts';
import type { BacktestSummary } from './summary.ts';

type Rate = ReadingRow['all'];

const rateOf = (summary: BacktestSummary, key: string): Rate => {
  const r = summary.rates.find((x) => x.key === key)!;
  return { tests: r.tests, honoured: r.honoured, rate: r.rate, low: r.low, high: r.high };
};

/**
 * One reading's figures, from a backtest run under it.
 * @example readingRow('yes', result.summary, result.cases).defense.invoked // more than under 'no'
 */
export function readingRow(
  counterstrikeInvokes: 'yes' | 'no',
  summary: BacktestSummary,
  cases: readonly BacktestCase[],
): ReadingRow {
  return {
    counterstrikeInvokes,
    invoked: summary.invoked,
    all: rateOf(summary, 'all'),
    defense: {
      invoked: cases.filter((c) => c.obligation === 'defense' && c.invoked).length,
      ...rateOf(summary, 'obligation:defense'),
    },
  };
}
