/** The backtest's numeric flags: `--years FROM-TO` within COW's inter-state war data (1816–2007), and `--late-entry DAYS`. */
import { LATE_ENTRY_DAYS } from '@casus/core';
import { InputError } from '../command.ts';

export const COW_YEARS = { from: 1816, to: 2007 } as const;

const bad = (text: string, why: string) =>
  new InputError([
    {
      code: 'invalid_value',
      severity: 'error',
      file: '--years',
      pointer: '',
      message: `"${text}" ${why}`,
      expected: `FROM-TO within ${COW_YEARS.from}-${COW_YEARS.to} (or one year), e.g. 1816-1944`,
    },
  ]);

/**
 * Parses --years; a single year is that year alone.
 * @example parseYears('1816-1944') // {from: 1816, to: 1944}
 */
export function parseYears(text: string | undefined): { from: number; to: number } {
  if (text === undefined) return { ...COW_YEARS };
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(text.trim());
  if (!m) throw bad(text, 'is not a span of years');
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  if (from > to) throw bad(text, `starts after it ends (${from} > ${to})`);
  if (from < COW_YEARS.from || to > COW_YEARS.to)
    throw bad(
      text,
      `reaches outside the years COW's inter-state war data covers (${COW_YEARS.from}-${COW_YEARS.to})`,
    );
  return { from, to };
}

/**
 * Parses --late-entry: a whole number of days, 0 or more.
 * @example parseLateEntry('90') // 90
 */
export function parseLateEntry(text: string | undefined): number {
  if (text === undefined) return LATE_ENTRY_DAYS;
  if (/^\d+$/.test(text.trim())) return Number(text);
  throw new InputError([
    {
      code: 'invalid_value',
      severity: 'error',
      file: '--late-entry',
      pointer: '',
      message: `"${text}" is not a whole number of days`,
      expected: `days, 0 or more, e.g. ${LATE_ENTRY_DAYS}`,
    },
  ]);
}
