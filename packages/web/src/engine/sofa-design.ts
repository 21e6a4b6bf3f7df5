/**
 * A revised SOFA being designed, answered in the worker: checked as `casus validate --kind sofa`
 * checks its YAML, then what it changes against the SOFA it is layered on (core's diffSofas, as
 * `casus sofa diff` prints it) and an incident under the base and under the design.
 */
import {
  answerIncident,
  diffSofas,
  type IncidentAnswer,
  type IncidentInput,
  type IsoDate,
  type Issue,
  type Library,
  type SofaDiff,
} from '@casus/core';
import { checkDesign } from './design-check.ts';

export interface SofaDesignRequest {
  yaml: string;
  /** Where the file is meant to live: library/sofas/<id>.yaml. */
  path: string;
  /** The SOFA the design is layered on, and the diff's "before". */
  base: string;
  date: string;
  /** The incident's facts; its SOFA is the base, then the design. */
  incident: Omit<IncidentInput, 'sofa' | 'date'>;
}

export interface SofaDesignAnswer {
  issues: Issue[];
  diff?: SofaDiff | undefined;
  before?: IncidentAnswer | undefined;
  after?: IncidentAnswer | undefined;
}

/**
 * The design's issues and, when it has no errors, its diff and the incident before and after.
 * @example sofaDesign(lib, {yaml, path: 'library/sofas/x.yaml', base: 'us-japan-sofa-1960', date, incident}).diff?.changed // 2
 */
export function sofaDesign(lib: Library, req: SofaDesignRequest): SofaDesignAnswer {
  const { issues, library } = checkDesign(lib, 'sofas', req.yaml, req.path);
  if (!library) return { issues };
  const id = [...library.sofas.keys()].find((k) => !lib.sofas.has(k))!;
  const date = req.date as IsoDate;
  const diff = diffSofas(library, req.base, id, date);
  const answer = (sofa: string) => {
    const r = answerIncident(library, { ...req.incident, sofa, date }, 'incident');
    return r.ok ? r.value : undefined;
  };
  return {
    issues: diff.ok ? issues : [...issues, ...diff.issues],
    diff: diff.ok ? diff.value : undefined,
    before: answer(req.base),
    after: answer(id),
  };
}
