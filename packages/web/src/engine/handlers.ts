/** The engine worker's request handlers, as pure functions of a loaded library (testable in Node). */
import {
  type Issue,
  type Library,
  libraryVersion,
  loadLibrary,
  type SourceFile,
} from '@casus/core';
import { quickCompare, runBattery } from './battery.ts';
import { catalogOf } from './catalog.ts';
import { coverageOf } from './coverage.ts';
import { checkDesign } from './design-check.ts';
import {
  createEngineCaches,
  type EngineCaches,
  evaluateCascade,
  evaluateEvent,
} from './evaluate.ts';
import { linksOf } from './links-of.ts';
import type { Requests, RequestType } from './protocol.ts';
import { sofaCatalog, sofaIncident, sofaMatrix } from './sofa.ts';
import { sofaDesign } from './sofa-design.ts';

export interface Loaded {
  library: Library;
  hash: string;
  issues: Issue[];
  /** Worlds and answers kept between requests. */
  caches: EngineCaches;
}

/**
 * Loads the library files once, with core's version of them; an invalid library is an error the UI
 * shows whole.
 * @example loadFiles(body.files).hash // the server's /api/health library.hash for the same files
 */
export function loadFiles(files: SourceFile[]): Loaded {
  const r = loadLibrary(files);
  if (!r.ok)
    throw new Error(
      `the library did not load: ${r.issues
        .slice(0, 3)
        .map((i) => `${i.file}:${i.line ?? '?'} ${i.message}`)
        .join('; ')}`,
    );
  return {
    library: r.value,
    hash: libraryVersion(files),
    issues: r.issues,
    caches: createEngineCaches(),
  };
}

type Handlers = { [T in RequestType]: (l: Loaded, req: Requests[T]['req']) => Requests[T]['res'] };

export const handlers: Handlers = {
  init: (l) => catalogOf(l.library, l.hash, l.issues),
  links: (l, req) => linksOf(l.library, req),
  findObligations: (l, req) => evaluateEvent(l.library, req, l.caches),
  runCascade: (l, req) => evaluateCascade(l.library, req, l.caches),
  validateDesign: (l, req) => ({
    issues: checkDesign(l.library, 'agreements', req.yaml, req.path).issues,
  }),
  battery: (l, req) => runBattery(l.library, req),
  quickCompare: (l, req) => quickCompare(l.library, req),
  coverage: (l, req) => coverageOf(l.library, req),
  sofas: (l) => sofaCatalog(l.library),
  sofaIncident: (l, req) => sofaIncident(l.library, req),
  sofaCompare: (l, req) => sofaMatrix(l.library, req),
  sofaDesign: (l, req) => sofaDesign(l.library, req),
};
