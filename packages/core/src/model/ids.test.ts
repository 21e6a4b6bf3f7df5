import { describe, expect, it } from 'vitest';
import { IsoDate, isCalendarDate, whyNotCalendarDate } from './ids.ts';

/** An independent calendar: JS Date with setUTCFullYear, which (unlike Date.UTC) takes the years 0–99 as they are. */
function referenceIsDate(y: number, m: number, d: number): boolean {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('IsoDate', () => {
  it('agrees with the proleptic Gregorian calendar on every year from 0001 to 9999', () => {
    const disagreements: string[] = [];
    for (let y = 1; y <= 9999; y++)
      for (let m = 0; m <= 13; m++)
        for (const d of [0, 1, 15, 28, 29, 30, 31, 32]) {
          const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          if (isCalendarDate(text) !== referenceIsDate(y, m, d)) disagreements.push(text);
        }
    expect(disagreements).toEqual([]);
  });

  it('takes the years 0001–0099 (Date.UTC read them as 1901–1999)', () => {
    expect(IsoDate.safeParse('0050-02-03').success).toBe(true);
    expect(IsoDate.safeParse('0004-02-29').success).toBe(true);
    expect(IsoDate.safeParse('0100-02-29').success).toBe(false);
  });

  it.each([
    ['0000-01-01', 'the calendar has no year 0000'],
    ['2023-02-29', 'February 2023 has 28 days'],
    ['1900-02-29', 'February 1900 has 28 days'],
    ['2023-13-01', 'months run from 01 to 12'],
    ['2023-04-31', 'April 2023 has 30 days'],
    ['10000-01-01', 'from 0001-01-01 to 9999-12-31'],
    ['1e3', 'written YYYY-MM-DD'],
  ])('refuses %s with words: %s', (text, words) => {
    expect(whyNotCalendarDate(text)).toContain(words);
    const parsed = IsoDate.safeParse(text);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain(words);
  });
});
