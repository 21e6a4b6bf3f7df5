/**
 * The network view's state in its URL: the year, the tie type and the home region, so that a link
 * opens the same network.
 * @example #/network?year=1950&type=defense&region=europe
 */
import { pickNumber, pickParam } from '../common/url-params.ts';
import type { Decoded, UrlCodec } from '../common/use-url-state.ts';
import { NETWORK_REGIONS, NETWORK_TIES, YEAR_BOUNDS } from './words.ts';

export interface NetworkState {
  year: number;
  type: string;
  /** '' for every region. */
  region: string;
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
  return { value: { year, type, region }, notices };
}

function encode(s: NetworkState): URLSearchParams {
  const p = new URLSearchParams({ year: String(s.year), type: s.type });
  if (s.region) p.set('region', s.region);
  return p;
}

export const networkCodec: UrlCodec<NetworkState> = { decode, encode };
