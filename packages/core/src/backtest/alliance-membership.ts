/** ATOP 5.1 member-level rows as the backtest reads them, and the pledges in force between two members on a date. */
import type { IsoDate, StateId } from '../model/ids.ts';
import type { WarEntry } from './war-record.ts';
import { entryOf, exitOf } from './war-record.ts';

/** The obligations ATOP codes, by the names Casus gives clause types. */
export const OBLIGATIONS = [
  'defense',
  'offense',
  'neutrality',
  'nonaggression',
  'consultation',
] as const;
export type ObligationType = (typeof OBLIGATIONS)[number];

/** One ATOP member row: a state's membership of one alliance phase and what it promised. */
export interface AllianceMembership {
  atopid: number;
  phase: number;
  ccode: number;
  state: StateId;
  entered: IsoDate;
  /** Absent while the membership was in effect at the end of ATOP's coverage (yrexit = 0). */
  exited?: IsoDate | undefined;
  /** ATOP `bilat`: no more than two members at any point in the phase. */
  bilateral: boolean;
  obligations: readonly ObligationType[];
  /** ATOP `neucoatt`: the neutrality pledge holds only if the ally is attacked. */
  neutralOnlyIfAttacked?: boolean | undefined;
}

const inForceOn = (m: AllianceMembership, date: IsoDate): boolean =>
  m.entered <= date && (m.exited === undefined || date <= m.exited);

/** One pledge the war puts to the test: an obligor's obligation toward a participant, under one alliance. */
export interface Opportunity {
  entry: WarEntry;
  atopid: number;
  obligor: StateId;
  obligorCcode: number;
  obligation: ObligationType;
  bilateral: boolean;
  /** The day the obligor's membership ended, when that fell before the beneficiary left the war. */
  endedDuringWar?: IsoDate | undefined;
  /** ATOP `neucoatt` on the obligor's row: its neutrality is owed only if the beneficiary is attacked. */
  neutralOnlyIfAttacked?: boolean | undefined;
}

/** Memberships by state, for the look-ups of one backtest. */
export type MembershipIndex = ReadonlyMap<StateId, readonly AllianceMembership[]>;

/**
 * Indexes memberships by state.
 * @example indexMemberships(rows).get('FRA')?.length
 */
export function indexMemberships(rows: readonly AllianceMembership[]): MembershipIndex {
  const index = new Map<StateId, AllianceMembership[]>();
  for (const m of rows) index.set(m.state, [...(index.get(m.state) ?? []), m]);
  return index;
}

/**
 * Every pledge owed to a war participant on the day it entered: for each alliance it belonged to
 * then, each other member belonging then, each obligation that member's row codes. Ordered by
 * alliance, obligor and obligation, one per (alliance, obligor, obligation) however many phase rows.
 * @example opportunitiesOf(franceIn1914, byState, byAlliance).map((o) => o.obligor) // ['RUS', 'GBR', …]
 */
export function opportunitiesOf(
  entry: WarEntry,
  byState: MembershipIndex,
  byAlliance: ReadonlyMap<number, readonly AllianceMembership[]>,
): Opportunity[] {
  const date = entryOf(entry);
  const exitDate = exitOf(entry);
  const own = (byState.get(entry.state) ?? []).filter((m) => inForceOn(m, date));
  const out = new Map<string, Opportunity>();
  for (const atopid of [...new Set(own.map((m) => m.atopid))].sort((a, b) => a - b)) {
    const others = (byAlliance.get(atopid) ?? []).filter(
      (m) => m.state !== entry.state && inForceOn(m, date),
    );
    for (const m of others)
      for (const obligation of m.obligations) {
        const key = `${atopid}|${m.state}|${obligation}`;
        if (out.has(key)) continue;
        const ended = m.exited !== undefined && m.exited < exitDate ? m.exited : undefined;
        out.set(key, {
          entry,
          atopid,
          obligor: m.state,
          obligorCcode: m.ccode,
          obligation,
          bilateral: own.some((o) => o.atopid === atopid && o.bilateral),
          ...(ended ? { endedDuringWar: ended } : {}),
          ...(obligation === 'neutrality' && m.neutralOnlyIfAttacked
            ? { neutralOnlyIfAttacked: true }
            : {}),
        });
      }
  }
  return [...out.values()].sort(
    (a, b) =>
      a.atopid - b.atopid ||
      a.obligorCcode - b.obligorCcode ||
      OBLIGATIONS.indexOf(a.obligation) - OBLIGATIONS.indexOf(b.obligation),
  );
}
