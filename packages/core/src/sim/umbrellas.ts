/**
 * Nuclear umbrellas: the extended-deterrence pledges and nuclear-sharing arrangements of the
 * agreements in force, as their institutions record them (provider, the states covered, dates,
 * sources). Reported with every answer beside whether a state is itself nuclear-armed; they
 * change no probability unless the hand-set model's `extended-deterrence` term is set.
 */

import { membersOn } from '../engine/in-force.ts';
import type { Agreement } from '../model/agreement.ts';
import { isWithin } from '../model/dates.ts';
import type { AgreementId, IsoDate, StateId } from '../model/ids.ts';
import { nuclearStatesOn } from './nuclear-states.ts';

export interface Umbrella {
  covered: StateId;
  provider: StateId;
  agreement: AgreementId;
  kind: 'extended-deterrence' | 'nuclear-sharing';
  name: string;
  /** When the institution dates it from; absent for a proposal an architecture adds. */
  since?: IsoDate | undefined;
}

/**
 * The umbrellas over `states` on `date` among the agreements in force: live institutions of the
 * two kinds whose provider is nuclear-armed on the date.
 * @example umbrellasOver(world.inForce, ['JPN'], '2024-11-01') // [{covered: 'JPN', provider: 'USA', …}]
 */
export function umbrellasOver(
  inForce: readonly Agreement[],
  states: readonly StateId[],
  date: IsoDate,
): Umbrella[] {
  const armed = nuclearStatesOn(date);
  return inForce.flatMap((a) =>
    a.institutions.flatMap((i) => {
      if (i.kind !== 'extended-deterrence' && i.kind !== 'nuclear-sharing') return [];
      if (!i.provider || !armed.includes(i.provider)) return [];
      if (!isWithin({ start: i.inForce ?? i.signed, end: i.ended }, date)) return [];
      const covers = i.covers === 'members' ? membersOn(a, date) : (i.covers ?? []);
      return covers
        .filter((s) => s !== i.provider && states.includes(s))
        .map((covered) => ({
          covered,
          provider: i.provider!,
          agreement: a.id,
          kind: i.kind as Umbrella['kind'],
          name: i.name,
          since: i.inForce ?? i.signed,
        }));
    }),
  );
}
