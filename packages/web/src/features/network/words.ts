/** The network view's choices in words: the ATOP tie types, the COW home regions, the years a link may ask for, the carry and the seed. */
import type { Region } from '@casus/core';
import type { NetworkTie } from '@casus/core/network';
import type { Choice } from '../common/SelectField.tsx';

/** Each tie type GET /api/network takes, as ATOP names the pledge (typed by core's, so none is missed). */
const TIE_LABELS: Record<NetworkTie, string> = {
  defense: 'Defence pledges',
  offense: 'Offence pledges',
  neutral: 'Neutrality pledges',
  nonagg: 'Non-aggression pledges',
  consul: 'Consultation pledges',
  any: 'Any ATOP alliance',
};

/** Each home region by the blocks of the COW numbering. */
const REGION_LABELS: Record<Region, string> = {
  'western-hemisphere': 'Western Hemisphere',
  europe: 'Europe',
  africa: 'Africa',
  'middle-east': 'Middle East',
  asia: 'Asia',
  oceania: 'Oceania',
};

const choices = (labels: Record<string, string>): Choice[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

export const NETWORK_TIES: readonly Choice[] = choices(TIE_LABELS);
export const NETWORK_REGIONS: readonly Choice[] = choices(REGION_LABELS);

/**
 * The years a link may name: ATOP 5.1's (1815–2018). The store's own coverage (the COW system
 * within them, 1816–2016) comes with each answer; a year outside it is refused in words.
 */
export const YEAR_BOUNDS = { from: 1815, to: 2018 } as const;

/**
 * The carry GET /api/network's carryTo asks for: the COW system's members of its last year
 * (2016, states2016) taken through ATOP 5.1's last (2018), as peacesciencer's mry = TRUE does.
 */
export const SYSTEM_CARRY = { from: 2016, to: 2018 } as const;

/** The Louvain seeds the route takes (up to nine digits) and the one `casus network` uses by default. */
export const SEED_BOUNDS = { min: 0, max: 999_999_999, fallback: 1 } as const;
