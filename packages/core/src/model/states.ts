/** States of the COW state system (plus Taiwan, COW 713): look-up by COW code, ISO3 or name. */
import type { StateId } from './ids.ts';
import { fail, ok, type Result } from './issues.ts';
import { COW_STATES, type StateRecord } from './states-data.ts';
import { didYouMean, suggest } from './suggest.ts';

export type { StateRecord };

const byIso3 = new Map(COW_STATES.map((s) => [s.iso3, s]));
const byCcode = new Map(COW_STATES.map((s) => [s.ccode, s]));
const byName = new Map(COW_STATES.map((s) => [s.name.toLowerCase(), s]));

export const allStates = (): readonly StateRecord[] => COW_STATES;
export const isKnownState = (id: string): id is StateId => byIso3.has(id);
export const stateById = (id: StateId): StateRecord | undefined => byIso3.get(id);
export const stateByCcode = (ccode: number): StateRecord | undefined => byCcode.get(ccode);

/** The display name of a state id, falling back to the id itself. */
export const stateName = (id: string): string => byIso3.get(id)?.name ?? id;

/**
 * Finds a state by ISO3 ("JPN"), COW code ("740" or 740), COW abbreviation ("ROK") or name.
 * @example lookupState('Japan') // {ok: true, value: {ccode: 740, iso3: 'JPN', ...}}
 */
export function lookupState(query: string | number): Result<StateRecord> {
  const q = String(query).trim();
  const found =
    (/^\d+$/.test(q) ? byCcode.get(Number(q)) : undefined) ??
    byIso3.get(q.toUpperCase()) ??
    COW_STATES.find((s) => s.cowAbb === q.toUpperCase()) ??
    byName.get(q.toLowerCase());
  if (found) return ok(found);
  const names = suggest(q, [...byIso3.keys(), ...COW_STATES.map((s) => s.name)]);
  return fail([
    {
      code: 'unknown_state',
      severity: 'error',
      pointer: '',
      message: `no state "${q}" in the COW state system`,
      expected: 'an ISO3 code, a COW code or a name, e.g. "JPN", 740 or "Japan"',
      received: `"${q}"`,
      hint: didYouMean(names),
    },
  ]);
}
