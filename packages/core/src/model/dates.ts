/** Date arithmetic on IsoDate strings: comparison and "in force on" tests, with no time zones. */
import type { IsoDate } from './ids.ts';

/** A span of validity; `end` is the last day the thing held, or undefined while it still holds. */
export interface Span {
  start?: IsoDate | undefined;
  end?: IsoDate | undefined;
}

/** ISO dates sort as strings, so comparison needs no parsing. */
export const compareDates = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * True when `date` falls within the span, both ends included.
 * @example isWithin({ start: '1960-06-23' }, '2024-11-01') // true
 */
export function isWithin(span: Span, date: IsoDate): boolean {
  if (span.start !== undefined && date < span.start) return false;
  if (span.end !== undefined && date > span.end) return false;
  return true;
}

/** The calendar year of a date, for joining yearly data such as COW capabilities. */
export const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));
