/**
 * The network view's state in its URL: the year, the tie type, the home region, the Louvain seed
 * and whether the 2016 system is carried to 2018, so that a link opens the same network.
 * @example #/network?year=2018&type=defense&region=europe&seed=7&carryTo=2018
 */
import { pickNumber, pickParam } from '../common/url-params.ts';
import type { Decoded, UrlCodec } from '../common/use-url-state.ts';
import { NETWORK_REGIONS, NETWORK_TIES, SEED_BOUNDS, SYSTEM_CARRY, YEAR_BOUNDS } from './words.ts';

export interface NetworkState {
  year: number;
  type: string;
  /** '' for every region. */
  region: string;
  /** The Louvain seed: the same seed, the same communities. */
  seed: number;
  /** Whether the 2016 state system is carried through 2018 (carryTo=2018), an assumption. */
  carry: boolean;
}

/** NATO's first full year: the network a bare link opens on. */
const FIRST_YEAR = 1950;

function decode(params: URLSearchParams): Decoded<NetworkState> {
  const notices: string[] = [];
  const year = pickNumber(
    params,
    'year',
    YEAR_BOUNDS.from,
    YEAR_BOUNDS.to,
    FIRST_YEAR,
    'year',
    notices,
  );
  const type = pickParam(
    params,
    'type',
    NETWORK_TIES.map((t) => t.value),
    'defense',
    'tie type',
    notices,
  );
  const region = pickParam(
    params,
    'region',
    ['', ...NETWORK_REGIONS.map((r) => r.value)],
    '',
    'region',
    notices,
  );
  const seed = pickNumber(
    params,
    'seed',
    SEED_BOUNDS.min,
    SEED_BOUNDS.max,
    SEED_BOUNDS.fallback,
    'Louvain seed',
    notices,
  );
  const carryTo = String(SYSTEM_CARRY.to);
  const carry = pickParam(
    params,
    'carryTo',
    ['', carryTo],
    '',
    'year to carry the system to',
    notices,
  );
  return { value: { year, type, region, seed, carry: carry === carryTo }, notices };
}

function encode(s: NetworkState): URLSearchParams {
  const p = new URLSearchParams({ year: String(s.year), type: s.type });
  if (s.region) p.set('region', s.region);
  p.set('seed', String(s.seed));
  if (s.carry) p.set('carryTo', String(SYSTEM_CARRY.to));
  return p;
}

export const networkCodec: UrlCodec<NetworkState> = { decode, encode };
