/**
 * Nuclear-armed states with their dates, to report whether a war sets nuclear-armed states
 * against each other. A state counts from the first nuclear explosion it conducted or declared
 * as a weapon test (Israel, which has tested none, by a stated assumption), until it gave its
 * weapons up. No coefficient turns warheads into deterrence: the list feeds an escalation
 * measure and the answer's header, nothing else.
 */
import type { IsoDate, StateId } from '../model/ids.ts';

export interface NuclearState {
  state: StateId;
  /** The first day it counts as nuclear-armed. */
  from: IsoDate;
  /** The last day, for a state that gave its weapons up. */
  to?: IsoDate | undefined;
  /** Why that day, with its source. */
  basis: string;
  /** SIPRI's estimate of the total inventory (military stockpile and retired warheads), January 2025. */
  warheads2025?: number | undefined;
}

const CTBTO = 'CTBTO, "Testing Times", https://www.ctbto.org/nuclear-testing/testing-times/';
const SIPRI_2025 =
  'SIPRI Yearbook 2025, world nuclear forces, total inventory at January 2025 (../shared/reference/indicators.csv)';

/**
 * The nine states SIPRI counts as nuclear-armed in 2025, and South Africa for the years it held
 * its devices. India counts from its 1998 weapon tests, not from the 1974 explosion it declared
 * peaceful; Israel's date is an assumption (it has neither tested nor declared a weapon).
 */
export const NUCLEAR_STATES: readonly NuclearState[] = [
  {
    state: 'USA',
    from: '1945-07-16',
    basis: `Trinity, the first nuclear explosion (${CTBTO})`,
    warheads2025: 5177,
  },
  {
    state: 'RUS',
    from: '1949-08-29',
    basis: `RDS-1, the Soviet Union's first test (${CTBTO})`,
    warheads2025: 5459,
  },
  {
    state: 'GBR',
    from: '1952-10-03',
    basis: `Hurricane, the first UK test (${CTBTO})`,
    warheads2025: 225,
  },
  {
    state: 'FRA',
    from: '1960-02-13',
    basis: `the first French test, in the Algerian Sahara (${CTBTO})`,
    warheads2025: 290,
  },
  {
    state: 'CHN',
    from: '1964-10-16',
    basis: `the first Chinese test, at Lop Nur (${CTBTO})`,
    warheads2025: 600,
  },
  {
    state: 'ISR',
    from: '1967-06-05',
    basis:
      'assumption: Israel has neither tested nor declared a weapon; Avner Cohen, Israel and the Bomb (Columbia University Press, 1998), describes a first improvised capability on the eve of the June 1967 war',
  },
  {
    state: 'ZAF',
    from: '1982-01-01',
    to: '1991-07-10',
    basis:
      'assumption to the year: South Africa built six devices from 1982 and dismantled them before acceding to the NPT on 10 July 1991 (President de Klerk to Parliament, 24 March 1993)',
  },
  {
    state: 'IND',
    from: '1998-05-11',
    basis: `the Pokhran weapon tests of 11–13 May 1998; its 1974 explosion was declared peaceful (CTBTO, https://www.ctbto.org/specials/testing-times/11-to-13-may-1998-pokhran-tests/)`,
    warheads2025: 180,
  },
  {
    state: 'PAK',
    from: '1998-05-28',
    basis: `the first Pakistani test (${CTBTO})`,
    warheads2025: 170,
  },
  {
    state: 'PRK',
    from: '2006-10-09',
    basis:
      'the first North Korean test (CTBTO, https://www.ctbto.org/specials/testing-times/9-october-2006-first-dprk-nuclear-test/)',
    warheads2025: 50,
  },
].map((n) => ({
  ...n,
  state: n.state as StateId,
  from: n.from as IsoDate,
  to: n.to as IsoDate | undefined,
}));

/**
 * The nuclear-armed states on a date.
 * @example nuclearStatesOn('2025-06-01') // ['USA', 'RUS', 'GBR', 'FRA', 'CHN', 'ISR', 'IND', 'PAK', 'PRK']
 */
export function nuclearStatesOn(date: string): StateId[] {
  return NUCLEAR_STATES.filter((n) => n.from <= date && (n.to === undefined || date <= n.to)).map(
    (n) => n.state,
  );
}

/** Where the list comes from, printed with every answer that reports the nuclear measure. */
export const NUCLEAR_SOURCE = `nuclear-armed from the first weapon test (CTBTO), Israel from 1967 by assumption; warheads: ${SIPRI_2025}`;
