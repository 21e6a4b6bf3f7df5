/**
 * The map view's state in its URL: the architecture, the date and the place chosen.
 * @example #/map?arch=status-quo-2024&date=1960-01-01&place=JPN.senkaku
 */
import type { Workbench } from '../common/catalog-context.tsx';
import { defaultArchitecture, today } from '../common/defaults.ts';
import { pickParam } from '../common/url-params.ts';
import type { Decoded, UrlCodec } from '../common/use-url-state.ts';

export interface MapState {
  architecture: string;
  date: string;
  /** The place whose details are open, if any. */
  place?: string | undefined;
}

function decode(params: URLSearchParams, w: Workbench): Decoded<MapState> {
  const notices: string[] = [];
  const architecture = pickParam(
    params,
    'arch',
    w.catalog.architectures.map((a) => a.id),
    defaultArchitecture(w.catalog),
    'architecture',
    notices,
  );
  const asked = params.get('place');
  const place = asked && w.catalog.places.some((p) => p.id === asked) ? asked : undefined;
  if (asked && !place)
    notices.push(`The link's place "${asked}" is not in the gazetteer; none is chosen.`);
  return { value: { architecture, date: params.get('date') ?? today(), place }, notices };
}

function encode(s: MapState): URLSearchParams {
  const p = new URLSearchParams({ arch: s.architecture, date: s.date });
  if (s.place) p.set('place', s.place);
  return p;
}

export const mapCodec: UrlCodec<MapState> = { decode, encode };
