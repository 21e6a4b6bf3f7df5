/** How cross-reference checks report: located issues, and the checks every kind of file shares (states, places, areas). */
import type { Issue, IssueCode } from './issues.ts';
import type { Library, Origin } from './library.ts';
import { placeHint } from './place-suggestions.ts';
import { allStates, isKnownState } from './states.ts';
import { didYouMean, suggest } from './suggest.ts';

export type Report = (
  path: PropertyKey[],
  code: IssueCode,
  message: string,
  expected: string,
  hint?: string,
) => void;

export function reporter(issues: Issue[], origin: Origin | undefined): Report {
  return (path, code, message, expected, hint) => {
    const full = [...(origin?.prefix ?? []), ...path];
    const pos = origin?.source.locate(full);
    issues.push({
      code,
      severity: 'error',
      file: origin?.file,
      line: pos?.line,
      column: pos?.column,
      pointer: full.length ? `/${full.map(String).join('/')}` : '',
      message,
      expected,
      hint,
    });
  };
}

const stateCodes = () => allStates().map((s) => s.iso3);

export function checkStates(
  report: Report,
  ids: readonly string[] | undefined,
  path: PropertyKey[],
  what: string,
) {
  ids?.forEach((id, i) => {
    if (!isKnownState(id))
      report(
        [...path, i],
        'unknown_state',
        `${what}: state "${id}" is not in the COW state system`,
        'an ISO 3166 alpha-3 code of a COW state, e.g. "JPN"',
        didYouMean(suggest(id, stateCodes())),
      );
  });
}

export function checkPlace(
  report: Report,
  lib: Library,
  id: string | undefined,
  path: PropertyKey[],
  what: string,
) {
  if (id === undefined || lib.places.has(id as never)) return;
  report(
    path,
    'unknown_place',
    `${what}: place "${id}" is not in the gazetteer`,
    'a place id from library/places, e.g. "USA.guam"',
    placeHint(lib, id),
  );
}

export function checkArea(
  report: Report,
  lib: Library,
  id: string | undefined,
  path: PropertyKey[],
  what: string,
) {
  if (id === undefined || lib.areas.has(id as never)) return;
  report(
    path,
    'unknown_area',
    `${what}: area "${id}" is not defined`,
    'an area id from library/areas, e.g. "pacific-area"',
    didYouMean(suggest(id, lib.areas.keys())),
  );
}
