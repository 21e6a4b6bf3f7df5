/**
 * GET /api/network's `carryTo`: the years a request may ask for, with the COW state system
 * carried past its end when asked (as `casus network --carry-system-to` and peacesciencer's
 * mry = TRUE do), and the assumption that carrying makes, in the data package's words.
 */
import type { Issue } from '@casus/core';
import { ATOP_YEARS, carryAssumption, type Store, systemEnd } from '@casus/data';
import { badInput } from './errors.ts';

type Span = { from: number; to: number };

/** The answer's years and, for a year the carry reaches, the assumption it rests on. */
export interface CarriedCoverage {
  coverage: Span;
  /** The assumption for `year`: none for a year the system itself covers. */
  assumptions(year: number): string[];
}

const carryIssue = (message: string, expected: string, received: string): Issue => ({
  code: 'invalid_value',
  severity: 'error',
  pointer: '/carryTo',
  message,
  expected,
  received,
});

/**
 * The years covered, `system` (the COW system within ATOP 5.1) or carried to `carryTo`; a
 * `carryTo` past ATOP's last year, or one the system already reaches, is bad input in words.
 * @example (await carriedCoverage(c, {from: 1816, to: 2016}, 2018)).coverage // {from: 1816, to: 2018}
 */
export async function carriedCoverage(
  connection: Store['connection'],
  system: Span,
  carryTo: number | undefined,
): Promise<CarriedCoverage> {
  if (carryTo === undefined) return { coverage: system, assumptions: () => [] };
  const end = await systemEnd(connection);
  const last = end?.year ?? system.to;
  const expected = `a year after ${last}, up to ATOP 5.1's last, ${ATOP_YEARS.to}, e.g. carryTo=${ATOP_YEARS.to}`;
  if (carryTo > ATOP_YEARS.to)
    throw badInput([carryIssue(`${carryTo} is not a year ATOP covers`, expected, String(carryTo))]);
  if (!end || carryTo <= end.year)
    throw badInput([
      carryIssue(
        `the state system in the store already runs to ${last}: nothing to carry to ${carryTo}`,
        expected,
        String(carryTo),
      ),
    ]);
  const words = carryAssumption(end, carryTo);
  return {
    coverage: { from: system.from, to: carryTo },
    assumptions: (year) => (year > end.year ? [words] : []),
  };
}

/**
 * A year outside `coverage`, in words; past the system's end without `carryTo`, naming the
 * option that reaches ATOP's last years.
 */
export function uncoveredYear(year: number, coverage: Span, carried: boolean) {
  const reachable = !carried && year > coverage.to && year <= ATOP_YEARS.to;
  return badInput([
    {
      code: 'invalid_value',
      severity: 'error',
      pointer: '/year',
      message: `the alliance network covers ${coverage.from}–${coverage.to} (the COW state system${carried ? ', carried forward,' : ''} within ATOP 5.1), not ${year}`,
      expected: reachable
        ? `a year from ${coverage.from} to ${coverage.to}; or, since ATOP runs to ${ATOP_YEARS.to}, add carryTo=${ATOP_YEARS.to} to carry the members of ${coverage.to} forward (an assumption the answer states)`
        : `a year from ${coverage.from} to ${coverage.to}`,
      received: String(year),
    },
  ]);
}
