/**
 * The dates the library covers, read from its agreements' own dates (signed, in force, ended,
 * members joining and leaving, institutions, clauses and exceptions), and the warning for a date
 * outside them: before the first, no agreement of the library can be in force; after today, the
 * answer assumes the agreements stay as they stand.
 */
import type { Agreement } from './agreement.ts';
import type { IsoDate } from './ids.ts';
import type { Issue } from './issues.ts';

/** A date the library records, and what happened on it. */
export interface DatedRecord {
  date: IsoDate;
  /** e.g. "North Atlantic Treaty signed" */
  what: string;
}

/** The earliest and the latest date the library's agreements record. */
export interface LibraryDates {
  first: DatedRecord;
  last: DatedRecord;
}

function recordsOf(a: Agreement): DatedRecord[] {
  const out: DatedRecord[] = [];
  const add = (date: IsoDate | undefined, what: string) => {
    if (date) out.push({ date, what });
  };
  add(a.signed, `${a.name} signed`);
  add(a.inForce, `${a.name} in force`);
  add(a.ended, `${a.name} ended`);
  for (const m of a.memberships) {
    add(m.joined, `${m.state} joined ${a.shortName}`);
    add(m.left, `${m.state} left ${a.shortName}`);
  }
  for (const i of a.institutions) {
    add(i.signed, `${i.name} signed`);
    add(i.inForce, `${i.name} in force`);
    add(i.ended, `${i.name} ended`);
  }
  for (const article of a.articles)
    for (const c of article.clauses) {
      add(c.inForce, `${a.shortName} ${article.article} in force`);
      add(c.ended, `${a.shortName} ${article.article} ended`);
    }
  for (const e of a.exceptions) {
    add(e.from, `${a.shortName} ${e.kind} ${e.id} from`);
    add(e.to, `${a.shortName} ${e.kind} ${e.id} to`);
  }
  return out;
}

/**
 * The span of the library's agreements' dates; proposals, which have none of their own, are left
 * out. Undefined for a library with no dated agreement.
 * @example libraryDates(lib.agreements.values()) // {first: {date: '1949-04-04', what: 'North Atlantic Treaty signed'}, last: …}
 */
export function libraryDates(agreements: Iterable<Agreement>): LibraryDates | undefined {
  let first: DatedRecord | undefined;
  let last: DatedRecord | undefined;
  for (const a of agreements) {
    if (a.kind === 'proposal') continue;
    for (const r of recordsOf(a)) {
      if (!first || r.date < first.date) first = r;
      if (!last || r.date > last.date) last = r;
    }
  }
  return first && last ? { first, last } : undefined;
}

/** The month of the latest date the agreements record ("2026-02"): how current the curation is. */
export const curatedThrough = (d: LibraryDates): string => d.last.date.slice(0, 7);

/**
 * What the library covers, in words: from its first dated record to today.
 * @example coverageWords(dates) // 'The library covers 1949-04-04 to today: its agreements’ dates run from 1949-04-04 (North Atlantic Treaty signed) to …'
 */
export const coverageWords = (d: LibraryDates): string =>
  `The library covers ${d.first.date} to today: its agreements’ dates run from ${d.first.date} (${d.first.what}) to ${d.last.date} (${d.last.what}), curated through ${curatedThrough(d)}, and it reads them as they stand today`;

/**
 * A warning for a date outside what the library covers, or undefined inside it: before its first
 * date, after today, or after the month it is curated through. `today` is the caller's (the
 * answer is a pure function of its inputs).
 * @example dateCoverage(dates, '1700-01-01', '2026-01-01')?.message // '1700-01-01 is before 1949-04-04, …'
 */
export function dateCoverage(
  d: LibraryDates | undefined,
  date: IsoDate,
  today: IsoDate,
  pointer = '/date',
): Issue | undefined {
  if (!d) return undefined;
  let message: string | undefined;
  if (date < d.first.date)
    message = `${date} is before ${d.first.date}, the earliest date the library’s agreements record, so none of them is in force on it`;
  else if (date > today && date > d.last.date)
    message = `${date} is after today: the answer reads the agreements as they stand today, and cannot know what will change before then`;
  else if (date.slice(0, 7) > curatedThrough(d))
    message = `${date} is after ${curatedThrough(d)}, the month the library's agreements are curated through: an agreement signed, or a change made, since then is not in it`;
  if (!message) return undefined;
  return {
    code: 'date_outside_library',
    severity: 'warning',
    pointer,
    message,
    hint: coverageWords(d),
  };
}
