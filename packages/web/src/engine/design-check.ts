/** Checks a designed agreement or SOFA exactly as `casus validate` would check its exported YAML file. */
import {
  checkReferences,
  type Issue,
  type Library,
  type LibraryKind,
  parseLibraryFile,
} from '@casus/core';

/** The kinds the workbench designs: a pact (the treaty designer) and a revised SOFA. */
export type DesignKind = Extract<LibraryKind, 'agreements' | 'sofas'>;

const WHAT: Record<DesignKind, string> = { agreements: 'an agreement', sofas: 'a SOFA' };

/**
 * Parses the design's YAML as library/<kind>/<id>.yaml and cross-checks it against the library;
 * when it has no errors, `library` is the library with the design added.
 * @example checkDesign(lib, 'sofas', yamlText, 'library/sofas/my-sofa.yaml').issues // [] when it would validate
 */
export function checkDesign(
  lib: Library,
  kind: DesignKind,
  yaml: string,
  path: string,
): { issues: Issue[]; library?: Library } {
  const parsed = parseLibraryFile(kind, { path, text: yaml });
  if (!parsed.ok) return { issues: parsed.issues };
  const items = new Map(lib[kind] as Map<string, unknown>);
  const origins = new Map(lib.origins);
  for (const [item, origin] of parsed.value) {
    const { id } = item as { id: string };
    // Never the library's own id, even at its own path: a design would replace the real one.
    if (lib[kind].has(id as never))
      return {
        issues: [
          {
            code: 'duplicate_id',
            severity: 'error',
            file: path,
            pointer: '/id',
            message: `id "${id}" is already used by ${WHAT[kind]} in the library; a design needs an id of its own, or it would replace the real one`,
            expected: `a new kebab-case id, e.g. "${id}-design"`,
          },
        ],
      };
    items.set(id, item);
    origins.set(`${kind}:${id}`, origin);
  }
  const library = { ...lib, [kind]: items, origins } as Library;
  const issues = [...parsed.issues, ...checkReferences(library).filter((i) => i.file === path)];
  return issues.some((i) => i.severity === 'error') ? { issues } : { issues, library };
}
