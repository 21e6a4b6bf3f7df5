/** Branded identifiers and dates, so a place id is never passed where a state id belongs. */
import { z } from 'zod';

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Leap years of the proleptic Gregorian calendar (ISO 8601), the calendar of every date here. */
const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * The days of a month in the proleptic Gregorian calendar.
 * @example daysInMonth(1900, 2) // 28
 */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;

/**
 * The dates an IsoDate may hold: every day of every four-digit year but 0000, which the calendar
 * counted from 1 AD does not have (ISO 8601 gives it to 1 BC only by agreement between parties).
 * Dates sort as strings across the whole range.
 */
export const DATE_RANGE = { first: '0001-01-01', last: '9999-12-31' } as const;

const EXPECTED_DATE = `a calendar date written YYYY-MM-DD, from ${DATE_RANGE.first} to ${DATE_RANGE.last}, e.g. "1960-06-23"`;

/**
 * Why `text` is not an IsoDate, in words, or undefined when it is one. Computed from the
 * calendar's rules rather than JS Date, whose Date.UTC reads the years 0–99 as 1900–1999.
 * @example whyNotCalendarDate('2023-02-29') // '… (February 2023 has 28 days)'
 */
export function whyNotCalendarDate(text: string): string | undefined {
  const m = isoDatePattern.exec(text);
  if (!m) return EXPECTED_DATE;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y === 0) return `${EXPECTED_DATE} (the calendar has no year 0000)`;
  if (mo < 1 || mo > 12) return `${EXPECTED_DATE} (months run from 01 to 12)`;
  const days = daysInMonth(y, mo);
  if (d < 1 || d > days) return `${EXPECTED_DATE} (${MONTHS[mo - 1]} ${m[1]} has ${days} days)`;
  return undefined;
}

/** True when `text` is a real calendar day written YYYY-MM-DD (2024-02-30 is not). */
export const isCalendarDate = (text: string): boolean => whyNotCalendarDate(text) === undefined;

// YAML turns an unquoted 1960-01-19 into a Date; accept it and give back the ISO string.
const dateInput = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string(),
);

export const IsoDate = dateInput
  .superRefine((text, ctx) => {
    const why = whyNotCalendarDate(text);
    if (why !== undefined) ctx.addIssue({ code: 'custom', message: why });
  })
  .brand<'IsoDate'>();
export type IsoDate = z.infer<typeof IsoDate>;

export const StateId = z
  .string()
  .regex(/^[A-Z]{3}$/, 'an ISO 3166 alpha-3 state code, e.g. "JPN"')
  .brand<'StateId'>();
export type StateId = z.infer<typeof StateId>;

export const PlaceId = z
  .string()
  .regex(
    /^[A-Z]{3}\.[a-z0-9-]+$|^sea\.[a-z0-9-]+$/,
    'a place id such as "JPN.senkaku" or "sea.south-china-sea"',
  )
  .brand<'PlaceId'>();
export type PlaceId = z.infer<typeof PlaceId>;

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a kebab-case id, e.g. "us-japan-1960"');
export const AgreementId = slug.brand<'AgreementId'>();
export type AgreementId = z.infer<typeof AgreementId>;
export const AreaId = slug.brand<'AreaId'>();
export type AreaId = z.infer<typeof AreaId>;
export const ArchitectureId = slug.brand<'ArchitectureId'>();
export type ArchitectureId = z.infer<typeof ArchitectureId>;
export const ClauseId = slug.brand<'ClauseId'>();
export type ClauseId = z.infer<typeof ClauseId>;
export const BaseId = slug.brand<'BaseId'>();
export type BaseId = z.infer<typeof BaseId>;

/** Casts a literal known to be valid (tests, generated data); never use on user input. */
export const asDate = (text: string) => text as IsoDate;
export const asState = (text: string) => text as StateId;
export const asPlace = (text: string) => text as PlaceId;
