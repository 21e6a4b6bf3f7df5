/** A cascade for people: the sides table, the tree of who brought whom in, and the findings that fired per round. */
import type { CascadeOutput, Entry, Event, Finding } from '@casus/core';
import { renderFindings } from './findings.ts';
import { table } from './table.ts';

type Result = CascadeOutput['result'];

/**
 * One row per belligerent: state, side, round of entry and why.
 * @example sidesTable(result) // 'state  side      round  reason\n...'
 */
export function sidesTable(result: Result): string {
  const rows = result.entries.map((e) => [e.state, e.side, String(e.round), e.reason]);
  return table(['state', 'side', 'round', 'reason'], rows);
}

function branch(entries: readonly Entry[], parent: Entry, prefix: string, out: string[]): void {
  const children = entries.filter(
    (e) => e.round > 0 && e.via === parent.state && e.round > parent.round,
  );
  children.forEach((child, i) => {
    const last = i === children.length - 1;
    out.push(
      `${prefix}${last ? '└─' : '├─'} ${child.state} (round ${child.round}, ${child.side}): ${child.reason}`,
    );
    branch(entries, child, `${prefix}${last ? '   ' : '│  '}`, out);
  });
}

/**
 * Who brought whom in: each round-0 state at a root, each entrant under the state whose attack set off its duty.
 * @example chainTree(result) // 'PRK (round 0, attacker): ...\n└─ USA (round 1, defender): defends South Korea ...'
 */
export function chainTree(result: Result): string {
  const entries = result.entries as Entry[];
  const out: string[] = [];
  for (const root of entries.filter((e) => e.round === 0)) {
    out.push(`${root.state} (round 0, ${root.side}): ${root.reason}`);
    branch(entries, root, '', out);
  }
  return out.join('\n');
}

/** The round in which each event was answered: the scenario's in round 1, an entrant's strikes one round after its entry. */
function roundOfEvent(index: number, output: CascadeOutput): number {
  const given = output.events.length;
  if (index < given) return 1;
  const actor = output.result.events[index - given]?.actor;
  return (output.result.entries.find((e) => e.state === actor)?.round ?? 0) + 1;
}

const eventLine = (e: Event | undefined, index: number) => {
  const t = e?.target;
  const target = !t
    ? '?'
    : 'state' in t
      ? `${t.state}:${t.asset}@${t.place ?? t.at?.join(',')}`
      : t.place;
  return `event ${index + 1}: ${e?.actor} ${e?.kind} ${target}`;
};

/**
 * The findings that fired, round by round and event by event.
 * @example firedByRound(output) // 'round 1 · event 1: PRK armed-attack KOR.main\nDUTIES (2)\n...'
 */
export function firedByRound(output: CascadeOutput): string {
  const all = [...output.events, ...output.result.events];
  const byEvent = new Map<number, Finding[]>();
  for (const f of output.result.findings)
    if (f.fired) byEvent.set(f.event, [...(byEvent.get(f.event) ?? []), f]);
  return [...byEvent.entries()]
    .map(
      ([i, fs]) =>
        `round ${roundOfEvent(i, output)} · ${eventLine(all[i], i)}\n${renderFindings(fs, true)}`,
    )
    .join('\n\n');
}
