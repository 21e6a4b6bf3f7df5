/** An agreement's institutions on a date: those alive, and whether the agreement is dormant. */
import type { Agreement, Institution } from '../model/agreement.ts';
import { isWithin } from '../model/dates.ts';
import type { IsoDate } from '../model/ids.ts';

/**
 * The institutions in force on the date, and whether the agreement is dormant: it had
 * institutions, some have ended and none is alive (the Manila Pact after SEATO was dissolved
 * in 1977). One whose institutions have not begun yet is not dormant: ANZUS before the
 * Australian umbrella of 2016 is as it was before any institution was recorded.
 * @example institutionsOn(manilaPact, '2024-01-01') // {live: [], dormant: true}
 */
export function institutionsOn(
  agreement: Agreement,
  date: IsoDate,
): { live: Institution[]; dormant: boolean } {
  const live = agreement.institutions.filter((i) =>
    isWithin({ start: i.inForce ?? i.signed, end: i.ended }, date),
  );
  const ended = agreement.institutions.some((i) => i.ended !== undefined && date >= i.ended);
  return { live, dormant: live.length === 0 && ended };
}
