/**
 * Whether an invoked pledge was honoured, from COW participation alone (Leeds, Long & Mitchell's
 * reading): defence and offence by fighting on the partner's side while the partner still fought;
 * neutrality by not fighting against it; non-aggression by not attacking it. Consultation is no
 * test of performance: COW records fighting, not consulting.
 */

import { NameOf, nameOf } from '../engine/describe.ts';
import type { IsoDate } from '../model/ids.ts';
import type { Opportunity } from './alliance-membership.ts';
import { entryOf, exitOf, overlapping, type WarEntry, wasAttacked } from './war-record.ts';

export interface Verdict {
  /** Null for consultation, which COW cannot test. */
  honoured: boolean | null;
  /** Why, in words, with the dates that decided it. */
  note: string;
}

const DAY = 86_400_000;
/** Whole days from `a` to `b`. */
export const daysBetween = (a: IsoDate, b: IsoDate): number =>
  Math.round((Date.parse(b) - Date.parse(a)) / DAY);

/**
 * How late an ally may enter and still be counted as honouring a defence or offence pledge: about
 * six months after the partner. COW dates the start of sustained combat, so an ally that declared
 * war at once but needed weeks to mobilise or to ship an expeditionary force still counts; an
 * ally that came in a year or more later (Greece for Serbia in 1917, the Soviet Union for France
 * in 1941) chose a later phase of the war for reasons of its own, not the casus foederis.
 */
export const LATE_ENTRY_DAYS = 180;

function fought(o: Opportunity, rows: readonly WarEntry[], lateDays: number): Verdict {
  const partner = o.entry;
  const ally = NameOf(o.obligor);
  const beneficiary = nameOf(partner.state);
  const same = rows.filter((r) => r.state === o.obligor && r.side === partner.side);
  const lagOf = (r: WarEntry) => daysBetween(entryOf(partner), entryOf(r));
  const inTime = same.find((r) => entryOf(r) <= exitOf(partner) && lagOf(r) <= lateDays);
  if (inTime) {
    const lag = daysBetween(entryOf(partner), entryOf(inTime));
    return {
      honoured: true,
      note:
        lag <= 0
          ? `${ally} fought on ${beneficiary}'s side from ${entryOf(inTime)}, when ${beneficiary} entered or before`
          : `${ally} entered on ${beneficiary}'s side on ${entryOf(inTime)}, ${lag} days after ${beneficiary}, within the ${lateDays} days an entry may lag`,
    };
  }
  if (same[0])
    return {
      honoured: false,
      note:
        entryOf(same[0]) > exitOf(partner)
          ? `${ally} entered on ${beneficiary}'s side only on ${entryOf(same[0])}, after ${beneficiary} had left the war on ${exitOf(partner)}`
          : `${ally} entered on ${beneficiary}'s side only on ${entryOf(same[0])}, ${lagOf(same[0])} days after ${beneficiary}: later than the ${lateDays} days an entry may lag`,
    };
  const against = rows.find(
    (r) => r.state === o.obligor && r.side !== partner.side && overlapping(r, partner),
  );
  return {
    honoured: false,
    note: against
      ? `${ally} fought against ${beneficiary} from ${entryOf(against)}`
      : `${ally} did not fight in the war`,
  };
}

function stayedNeutral(o: Opportunity, rows: readonly WarEntry[]): Verdict {
  const partner = o.entry;
  const against = rows.find(
    (r) => r.state === o.obligor && r.side !== partner.side && overlapping(r, partner),
  );
  return against
    ? {
        honoured: false,
        note: `${NameOf(o.obligor)} fought against ${nameOf(partner.state)} from ${entryOf(against)}`,
      }
    : {
        honoured: true,
        note: `${NameOf(o.obligor)} did not fight against ${nameOf(partner.state)}`,
      };
}

/** The obligor attacked the partner: it entered against a partner already at war, or began the war against it. */
function attacked(r: WarEntry, partner: WarEntry, rows: readonly WarEntry[]): boolean {
  if (r.side === partner.side || !overlapping(r, partner)) return false;
  if (entryOf(r) !== entryOf(partner)) return entryOf(r) > entryOf(partner);
  return !wasAttacked(r, rows);
}

function heldBack(o: Opportunity, rows: readonly WarEntry[]): Verdict {
  const partner = o.entry;
  const attack = rows.find((r) => r.state === o.obligor && attacked(r, partner, rows));
  if (attack)
    return {
      honoured: false,
      note: `${NameOf(o.obligor)} attacked ${nameOf(partner.state)}: it went to war against it on ${entryOf(attack)}`,
    };
  const foe = rows.some((r) => r.state === o.obligor && r.side !== partner.side);
  return {
    honoured: true,
    note: foe
      ? `${NameOf(partner.state)} went to war against ${nameOf(o.obligor)}, not the reverse`
      : `${NameOf(o.obligor)} did not attack ${nameOf(partner.state)}`,
  };
}

/**
 * Judges one invoked pledge against the war's participant rows.
 * @example judgeHonour(britainToFrance, worldWarOne) // {honoured: true, note: 'United Kingdom entered on France's side on 1914-08-05, 2 days after France, …'}
 */
export function judgeHonour(
  o: Opportunity,
  rows: readonly WarEntry[],
  lateDays = LATE_ENTRY_DAYS,
): Verdict {
  switch (o.obligation) {
    case 'defense':
    case 'offense':
      return fought(o, rows, lateDays);
    case 'neutrality':
      return stayedNeutral(o, rows);
    case 'nonaggression':
      return heldBack(o, rows);
    case 'consultation':
      return {
        honoured: null,
        note: 'consultation is not a test of performance: COW records who fought, not who consulted',
      };
  }
}
