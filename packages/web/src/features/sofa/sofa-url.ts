/**
 * The SOFA view's state in its URL: the section (`tab`), the matrix's columns and date, and the
 * incident's fields. SOFA and offence ids are kept as written: core's SOFA engine names an unknown
 * one in words. The revised SOFA being designed stays in localStorage (SofaDesigner), as it was.
 * @example #/sofa?sofas=us-japan-sofa-1960,germany-sa-1959&date=2026-01-01&sofa=us-japan-sofa-1960&person=member&duty=no
 */
import { today } from '../common/defaults.ts';
import { pickParam } from '../common/url-params.ts';
import type { Decoded, UrlCodec } from '../common/use-url-state.ts';
import { DUTY, HELD, type IncidentDraft, PERSONS, VICTIMS } from './incident-draft.ts';

export interface SofaState {
  tab: '' | 'design';
  /** The matrix's columns; undefined: the bilateral SOFAs, the view's default. */
  columns?: string[] | undefined;
  date: string;
  /** The incident as last chosen; undefined: the panel's defaults. */
  incident?: IncidentDraft | undefined;
}

const values = (choices: readonly (readonly [string, string])[]) => choices.map(([v]) => v);

/** The incident's fields and their parameter names; radio fields are checked against their choices. */
const FIELDS: [keyof IncidentDraft, string, string[] | undefined][] = [
  ['sofa', 'sofa', undefined],
  ['date', 'when', undefined],
  ['person', 'person', values(PERSONS)],
  ['onDuty', 'duty', values(DUTY)],
  ['offence', 'offence', undefined],
  ['victim', 'victim', values(VICTIMS)],
  ['heldBy', 'held', values(HELD)],
  ['place', 'place', undefined],
];

function decode(params: URLSearchParams): Decoded<SofaState> {
  const notices: string[] = [];
  const tab = pickParam(params, 'tab', ['', 'design'], '', 'section', notices) as SofaState['tab'];
  const columns = params.has('sofas')
    ? (params.get('sofas') ?? '').split(',').filter(Boolean)
    : undefined;
  let incident: IncidentDraft | undefined;
  if (params.has('sofa')) {
    const draft: Record<string, string> = {};
    for (const [field, key, allowed] of FIELDS) {
      const fallback = allowed?.[0] ?? (field === 'date' ? today() : '');
      draft[field] = allowed
        ? pickParam(params, key, allowed, fallback, `incident's ${key}`, notices)
        : (params.get(key) ?? fallback);
    }
    incident = draft as unknown as IncidentDraft;
  }
  return { value: { tab, columns, date: params.get('date') ?? today(), incident }, notices };
}

function encode(s: SofaState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.tab) p.set('tab', s.tab);
  if (s.columns) p.set('sofas', s.columns.join(','));
  p.set('date', s.date);
  for (const [field, key] of FIELDS) if (s.incident) p.set(key, s.incident[field]);
  return p;
}

export const sofaCodec: UrlCodec<SofaState> = { decode, encode };
