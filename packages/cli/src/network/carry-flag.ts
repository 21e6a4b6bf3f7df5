/**
 * `--carry-system-to YEAR`: the COW state system ends in 2016 and ATOP 5.1 in 2018, so the years
 * between need the system's last members carried forward, as peacesciencer's mry = TRUE does;
 * this holds the flag's check and the assumption every answer that uses it states.
 */
import {
  ATOP_YEARS,
  carryAssumption as assumptionWords,
  CARRY_FLAG,
  type Store,
  systemEnd,
} from '@casus/data';
import { flagError } from '../command.ts';

export { CARRY_FLAG };

/**
 * The year the flag carries the system to, checked to be a year ATOP covers; undefined without it.
 * @example parseCarry('2018') // 2018
 */
export function parseCarry(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const year = /^\d{4}$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!(year <= ATOP_YEARS.to))
    throw flagError(
      CARRY_FLAG,
      `"${text}" is not a year ATOP covers`,
      `a year up to ATOP 5.1's last, ${ATOP_YEARS.to}, e.g. ${CARRY_FLAG} ${ATOP_YEARS.to}`,
    );
  return year;
}

/**
 * The assumption, in words, that carrying the system to `to` makes; bad input when the system
 * in the store already reaches `to`.
 * @example await carryAssumption(connection, 2018) // 'the 195 members of the COW state system …'
 */
export async function carryAssumption(
  connection: Store['connection'],
  to: number,
): Promise<string> {
  const end = await systemEnd(connection);
  if (!end || to <= end.year)
    throw flagError(
      CARRY_FLAG,
      `the state system in the store already runs to ${end?.year ?? 'no year'}: nothing to carry to ${to}`,
      `a year after ${end?.year ?? 'the system’s last'}, up to ${ATOP_YEARS.to}`,
    );
  return assumptionWords(end, to);
}
