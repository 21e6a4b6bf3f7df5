/** The cascade as of a round: which states are on which side so far. */
import type { Entry } from '@casus/core';

/**
 * Map fills for the states that have entered by `round` (inclusive).
 * @example sidesAt(entries, 0) // {PRK: 'fill-attacker', KOR: 'fill-defender'}
 */
export function sidesAt(
  entries: readonly Pick<Entry, 'state' | 'side' | 'round'>[],
  round: number,
): Record<string, string> {
  const fills: Record<string, string> = {};
  for (const e of entries)
    if (e.round <= round)
      fills[e.state] = e.side === 'attacker' ? 'fill-attacker' : 'fill-defender';
  return fills;
}

/** The entries grouped by round, in round order. */
export function byRound<T extends Pick<Entry, 'round'>>(entries: readonly T[]): [number, T[]][] {
  const m = new Map<number, T[]>();
  for (const e of entries) m.set(e.round, [...(m.get(e.round) ?? []), e]);
  return [...m.entries()].sort((a, b) => a[0] - b[0]);
}
