import { describe, expect, it } from 'vitest';
import { realLibrary } from '../../test/real-library.ts';
import type { IsoDate } from './ids.ts';
import { dateCoverage, libraryDates } from './library-dates.ts';

const d = (s: string) => s as IsoDate;

describe('the dates the library covers', () => {
  const span = libraryDates(realLibrary().agreements.values());

  it('runs from NATO’s signature to the latest dated change of an agreement', () => {
    expect(span?.first).toEqual({ date: '1949-04-04', what: 'The North Atlantic Treaty signed' });
    expect(span!.last.date >= '2025-01-01').toBe(true);
  });

  it('warns before the first date and after today, in words that say what the library covers', () => {
    const before = dateCoverage(span, d('1700-01-01'), d('2026-01-01'));
    expect(before).toMatchObject({ severity: 'warning', code: 'date_outside_library' });
    expect(before?.message).toMatch(/^1700-01-01 is before 1949-04-04/);
    expect(before?.hint).toMatch(/^The library covers 1949-04-04 to today/);
    expect(dateCoverage(span, d('2200-01-01'), d('2026-01-01'))?.message).toMatch(/after today/);
    expect(dateCoverage(span, d('2026-01-01'), d('2026-01-01'))).toBeUndefined();
    expect(dateCoverage(span, d('2026-02-28'), d('2026-12-02'))).toBeUndefined();
    expect(dateCoverage(span, d('1960-06-23'), d('2026-01-01'))).toBeUndefined();
  });

  it('warns after the month the agreements are curated through, even before today', () => {
    // The latest dated record is the Treaty of Jakarta, signed 2026-02-06.
    const after = dateCoverage(span, d('2026-06-01'), d('2026-12-02'));
    expect(after?.message).toBe(
      "2026-06-01 is after 2026-02, the month the library's agreements are curated through: an agreement signed, or a change made, since then is not in it",
    );
    expect(after?.hint).toContain('curated through 2026-02');
  });
});
