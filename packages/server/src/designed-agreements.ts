/** Designed pacts added to a copy of the library for one job, each with its `status-quo+<id>` architecture. */
import {
  type Agreement,
  type ArchitectureId,
  checkReferences,
  type Issue,
  type Library,
} from '@casus/core';

export interface DesignedLibrary {
  library: Library;
  /** `status-quo+<id>` per designed pact, in order. */
  architectures: string[];
  /** Problems with the pacts, pointers relative to the job's params ("/extraAgreements/0/members/2"). */
  issues: Issue[];
}

const REQUEST = '<request>';

/** Where an issue about the request's own items points; nothing to locate by line. */
const origin = (i: number) => ({
  file: REQUEST,
  prefix: ['extraAgreements', i],
  source: { value: undefined, locate: () => undefined },
});

const duplicate = (id: string, i: number): Issue => ({
  code: 'duplicate_id',
  severity: 'error',
  pointer: `/extraAgreements/${i}/id`,
  message: `id "${id}" is already used by an agreement in the library or an earlier designed pact`,
  expected: 'a new kebab-case id, e.g. "my-pact"',
});

/**
 * Adds the pacts to a copy of the library (the original is never changed) and cross-checks them
 * exactly as `casus validate` would check their files.
 * @example withDesignedAgreements(lib, [pact]).architectures // ['status-quo+jpn-phl-pact']
 */
export function withDesignedAgreements(
  base: Library,
  agreements: readonly Agreement[],
): DesignedLibrary {
  if (agreements.length === 0) return { library: base, architectures: [], issues: [] };
  const library: Library = {
    ...base,
    agreements: new Map(base.agreements),
    architectures: new Map(base.architectures),
    origins: new Map(base.origins),
  };
  const issues: Issue[] = [];
  const architectures: string[] = [];
  for (const [i, a] of agreements.entries()) {
    if (library.agreements.has(a.id)) {
      issues.push(duplicate(a.id, i));
      continue;
    }
    const id = `status-quo+${a.id}` as ArchitectureId;
    library.agreements.set(a.id, a);
    library.origins.set(`agreements:${a.id}`, origin(i));
    library.architectures.set(id, {
      id,
      name: `Status quo + ${a.shortName}`,
      description: `every real agreement in force, plus the designed pact ${a.id}`,
      base: 'real',
      add: [a.id],
      remove: [],
      bases: { add: [], remove: [] },
      assumptions: [],
    });
    architectures.push(id);
  }
  const checked = checkReferences(library).filter((i) => i.file === REQUEST);
  issues.push(...checked.map(({ file: _f, line: _l, column: _c, ...rest }) => rest));
  return { library, architectures, issues };
}
