/** A library with designed agreements added, and an architecture that includes them, for one request. */
import {
  Agreement,
  type AgreementId,
  type Architecture,
  type ArchitectureId,
  type Issue,
  type Library,
  validate,
} from '@casus/core';
import type { Setup } from './protocol.ts';

export interface Derived {
  library: Library;
  architecture: string;
  issues: Issue[];
}

/**
 * Adds `setup.extra` to a copy of the library and returns an architecture id that includes them.
 * Invalid designs are left out and reported; the original library is never changed.
 * @example derive(lib, {architecture: 'status-quo', date: '2025-01-01', extra: [pact]}).architecture // "status-quo-with-design"
 */
export function derive(lib: Library, setup: Pick<Setup, 'architecture' | 'extra'>): Derived {
  const extra = setup.extra ?? [];
  if (extra.length === 0) return { library: lib, architecture: setup.architecture, issues: [] };
  const issues: Issue[] = [];
  const agreements = new Map(lib.agreements);
  const added: AgreementId[] = [];
  for (const input of extra) {
    const r = validate(Agreement, input, 'designed agreement');
    issues.push(...r.issues);
    if (!r.ok) continue;
    agreements.set(r.value.id, r.value);
    added.push(r.value.id);
  }
  const base = lib.architectures.get(setup.architecture as ArchitectureId);
  if (!base) return { library: lib, architecture: setup.architecture, issues };
  const id = `${base.id}-with-design` as ArchitectureId;
  const architecture: Architecture = {
    ...base,
    id,
    name: `${base.name} + designed`,
    add: [...base.add.filter((a) => !added.includes(a)), ...added],
    remove: base.remove.filter((a) => !added.includes(a)),
  };
  const architectures = new Map(lib.architectures).set(id, architecture);
  return { library: { ...lib, agreements, architectures }, architecture: id, issues };
}
