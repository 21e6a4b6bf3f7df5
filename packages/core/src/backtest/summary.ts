/** The backtest's summary: fulfilment rates with Wilson 95% intervals, overall and by era, obligation type and alliance size, beside the published figures. */
import { wilson } from '../sim/intervals.ts';
import { OBLIGATIONS } from './alliance-membership.ts';
import { PUBLISHED, type PublishedRate } from './published.ts';

/** What the summary reads of each case. */
export interface SummaryCase {
  date: string;
  obligation: string;
  invoked: boolean;
  honoured: boolean | null;
  bilateral: boolean;
  /** The invocation rested on a condition ATOP records without stating (assumed met). */
  assumed: boolean;
}

export interface RateRow {
  /** e.g. "all", "era:before-1945", "obligation:defense", "size:bilateral". */
  key: string;
  label: string;
  /** Invoked pledges whose performance COW can test. */
  tests: number;
  honoured: number;
  /** Null when there is no test. */
  rate: number | null;
  low: number | null;
  high: number | null;
  published: (PublishedRate & { outside: boolean })[];
}

export interface BacktestSummary {
  cases: number;
  invoked: number;
  tests: number;
  honoured: number;
  /** Invoked pledges that rest on an unstated ATOP condition taken as met. */
  assumedInvoked: number;
  rates: RateRow[];
}

type Group = [key: string, label: string, test: (c: SummaryCase) => boolean];

const GROUPS: readonly Group[] = [
  ['all', 'all wars', () => true],
  ['era:before-1945', 'before 1945', (c) => c.date < '1945-01-01'],
  ['era:1945-on', '1945 and after', (c) => c.date >= '1945-01-01'],
  ...OBLIGATIONS.filter((o) => o !== 'consultation').map(
    (o): Group => [`obligation:${o}`, o, (c) => c.obligation === o],
  ),
  ['size:bilateral', 'bilateral alliances', (c) => c.bilateral],
  ['size:multilateral', 'multilateral alliances', (c) => !c.bilateral],
];

function rateOf(key: string, label: string, cases: readonly SummaryCase[]): RateRow {
  const tested = cases.filter((c) => c.invoked && c.honoured !== null);
  const honoured = tested.filter((c) => c.honoured).length;
  const e = tested.length > 0 ? wilson(honoured, tested.length) : undefined;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    key,
    label,
    tests: tested.length,
    honoured,
    rate: e ? round(e.value) : null,
    low: e ? round(e.low) : null,
    high: e ? round(e.high) : null,
    published: (PUBLISHED[key] ?? []).map((p) => ({
      ...p,
      outside: e !== undefined && (p.value < e.low || p.value > e.high),
    })),
  };
}

/**
 * Counts and rates of the cases; a published figure is `outside` when it lies beyond the interval.
 * @example summarizeBacktest(cases).rates[0] // {key: 'all', tests: 120, honoured: 70, rate: 0.583, low: 0.494, high: 0.667, published: [...]}
 */
export function summarizeBacktest(cases: readonly SummaryCase[]): BacktestSummary {
  const invoked = cases.filter((c) => c.invoked);
  const tests = invoked.filter((c) => c.honoured !== null);
  return {
    cases: cases.length,
    invoked: invoked.length,
    tests: tests.length,
    honoured: tests.filter((c) => c.honoured).length,
    assumedInvoked: invoked.filter((c) => c.assumed).length,
    rates: GROUPS.map(([key, label, test]) => rateOf(key, label, cases.filter(test))),
  };
}
