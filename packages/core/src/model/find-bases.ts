/** Which bases exist on a date, for a host or a user, under an architecture: the query every surface shares. */
import type { Architecture } from './architecture.ts';
import type { Base } from './base.ts';
import type { IsoDate, StateId } from './ids.ts';
import type { Library } from './library.ts';

export interface BaseQuery {
  host?: StateId | undefined;
  /** A state among the base's users. */
  user?: StateId | undefined;
  /** Only bases that exist on the date: opened ≤ date < closed. */
  date?: IsoDate | undefined;
  /** Its base list adds proposals and removes facilities; without one, proposals are left out. */
  architecture?: Architecture | undefined;
}

/**
 * True when the base exists on the date: opened on or before it and not yet closed. A base with
 * no sourced opening date counts from any date (its entry says the date was not found).
 * @example existsOn({opened: {date: '2017-08-01'}, closed: undefined}, '2024-01-01') // true
 */
export function existsOn(base: Pick<Base, 'opened' | 'closed'>, date: IsoDate): boolean {
  if (base.opened && date < base.opened.date) return false;
  if (base.closed && date >= base.closed.date) return false;
  return true;
}

/** The bases an architecture counts: the existing ones (unless it starts from none), plus its additions, minus its removals. */
function basesOf(lib: Library, architecture: Architecture | undefined): Base[] {
  const start = architecture?.base === 'none' ? [] : [...lib.bases.values()];
  const counted = start.filter((b) => b.status === 'existing');
  const added = (architecture?.bases.add ?? []).flatMap((id) => lib.bases.get(id) ?? []);
  const removed = new Set<string>(architecture?.bases.remove ?? []);
  return [...new Set([...counted, ...added])].filter((b) => !removed.has(b.id));
}

/**
 * The bases matching a query, by host then name.
 * @example findBases(lib, {host: 'JPN', date: '2024-11-01'}) // Kadena, Misawa, … as of that date
 */
export function findBases(lib: Library, query: BaseQuery = {}): Base[] {
  return basesOf(lib, query.architecture)
    .filter((b) => query.host === undefined || b.host === query.host)
    .filter((b) => query.user === undefined || b.users.includes(query.user))
    .filter((b) => query.date === undefined || existsOn(b, query.date))
    .sort((x, y) => x.host.localeCompare(y.host) || x.name.localeCompare(y.name));
}

/**
 * The uses that keep forces at a facility: `exclusive`, `joint` and `rotational` (the Darwin
 * Marines and the EDCA sites count: forces rotate through them year after year). `access`, the
 * right to use host facilities with no standing presence (Singapore's 1990 arrangement), does
 * not: no forces are there to project from or to be struck.
 */
export const PRESENCE_USES: readonly Base['use'][] = ['exclusive', 'joint', 'rotational'];

/** True when the base keeps the user's forces there (its use is one of PRESENCE_USES). */
export const hasPresence = (b: Pick<Base, 'use'>): boolean => PRESENCE_USES.includes(b.use);

/**
 * The bases with a standing presence on a date under an architecture (existing ones on the dates
 * they exist; proposals only where the architecture adds them), by user: what forward presence
 * projects from and what the reliability model's tripwire reads.
 * @example presenceBases(lib, '2024-11-01', statusQuo).get('USA') // Kadena, Yokosuka, Camp Humphreys, …
 */
export function presenceBases(
  lib: Library,
  date: IsoDate,
  architecture: Architecture | undefined,
): Map<StateId, Base[]> {
  const byUser = new Map<StateId, Base[]>();
  for (const b of findBases(lib, { date, architecture }).filter(hasPresence))
    for (const u of b.users) byUser.set(u, [...(byUser.get(u) ?? []), b]);
  return byUser;
}

/**
 * The bases where `user` keeps forces on the territory of `host`, another state: the tripwire.
 * @example stationedIn(presenceBases(lib, date, sq), 'USA', 'KOR') // Camp Humphreys, Kunsan, Osan
 */
export const stationedIn = (
  byUser: ReadonlyMap<StateId, readonly Base[]>,
  user: StateId,
  host: StateId,
): Base[] => (user === host ? [] : (byUser.get(user) ?? []).filter((b) => b.host === host));
