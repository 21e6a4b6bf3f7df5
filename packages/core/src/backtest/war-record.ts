/** COW inter-state war participation as the backtest reads it: each state's side, spells of fighting, initiator flag and where it fought. */
import { compareDates } from '../model/dates.ts';
import type { IsoDate, StateId } from '../model/ids.ts';

/** One spell of sustained combat (COW StartX1..EndX1, or the resumed StartX2..EndX2). */
export interface Spell {
  start: IsoDate;
  end: IsoDate;
}

/** One row of Inter-StateWarData 4.0: a state on one side of one war (a state that changed sides has two). */
export interface WarEntry {
  war: number;
  warName: string;
  ccode: number;
  state: StateId;
  side: number;
  /** In date order; the first starts on the day the state entered the war. */
  spells: readonly Spell[];
  /** COW `Initiator` = 1. */
  initiator: boolean;
  /** COW `WhereFought` region code (1 Western Hemisphere … 19 all but the Western Hemisphere). */
  whereFought: number;
}

/** The day a participant entered the war. */
export const entryOf = (e: WarEntry): IsoDate => e.spells[0]!.start;
/** The day a participant last fought in the war. */
export const exitOf = (e: WarEntry): IsoDate => e.spells[e.spells.length - 1]!.end;

/** True when some spell of `e` covers `date`. */
export const fightingOn = (e: WarEntry, date: IsoDate): boolean =>
  e.spells.some((s) => s.start <= date && date <= s.end);

/** True when some spell of `a` overlaps some spell of `b`. */
export const overlapping = (a: WarEntry, b: WarEntry): boolean =>
  a.spells.some((s) => b.spells.some((t) => s.start <= t.end && t.start <= s.end));

/**
 * Groups the participant rows by war number, each war's rows in entry order.
 * @example warsOf(rows).get(106)?.length // 17 participant rows in World War I
 */
export function warsOf(entries: readonly WarEntry[]): Map<number, WarEntry[]> {
  const wars = new Map<number, WarEntry[]>();
  for (const e of entries) wars.set(e.war, [...(wars.get(e.war) ?? []), e]);
  for (const rows of wars.values())
    rows.sort((a, b) => compareDates(entryOf(a), entryOf(b)) || a.ccode - b.ccode);
  return wars;
}

/**
 * The side that began the war: the one side whose rows hold every COW initiator. Undefined when
 * initiators stand on both sides or none is coded; each row's own flag then decides.
 * @example initiatingSide(worldWarTwo) // 2, Germany's
 */
export function initiatingSide(rows: readonly WarEntry[]): number | undefined {
  const sides = new Set(rows.filter((r) => r.initiator).map((r) => r.side));
  return sides.size === 1 ? [...sides][0] : undefined;
}

/**
 * Whether a participant was attacked (so defence pledges to it are called on): it stood on the
 * side the war's initiators did not, or, when the war has no one initiating side, it was no initiator.
 * @example wasAttacked(poland1939, worldWarTwo) // true
 */
export function wasAttacked(entry: WarEntry, rows: readonly WarEntry[]): boolean {
  const side = initiatingSide(rows);
  return side === undefined ? !entry.initiator : entry.side !== side;
}

/** True when the participant entered after the war's first day (COW does not say whether it was attacked or chose to join). */
export const joinedLate = (entry: WarEntry, rows: readonly WarEntry[]): boolean =>
  rows.some((r) => entryOf(r) < entryOf(entry));
