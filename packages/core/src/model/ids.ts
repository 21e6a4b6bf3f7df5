/** Branded identifiers and dates, so a place id is never passed where a state id belongs. */
import { z } from 'zod';

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar day written YYYY-MM-DD (2024-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  const m = isoDatePattern.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

// YAML turns an unquoted 1960-01-19 into a Date; accept it and give back the ISO string.
const dateInput = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string(),
);

export const IsoDate = dateInput
  .refine(isCalendarDate, { message: 'a calendar date written YYYY-MM-DD, e.g. "1960-06-23"' })
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

/** Casts a literal known to be valid (tests, generated data); never use on user input. */
export const asDate = (text: string) => text as IsoDate;
export const asState = (text: string) => text as StateId;
export const asPlace = (text: string) => text as PlaceId;
