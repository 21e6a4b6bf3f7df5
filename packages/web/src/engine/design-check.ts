/** Checks a designed agreement exactly as `casus validate` would check its exported YAML file. */
import { checkReferences, type Issue, type Library, parseLibraryFile } from '@casus/core';

/**
 * Parses the design's YAML as library/agreements/<id>.yaml and cross-checks it against the library.
 * @example checkDesign(lib, yamlText, 'library/agreements/my-pact.yaml') // [] when it would validate
 */
export function checkDesign(lib: Library, yaml: string, path: string): Issue[] {
  const parsed = parseLibraryFile('agreements', { path, text: yaml });
  if (!parsed.ok) return parsed.issues;
  const agreements = new Map(lib.agreements);
  const origins = new Map(lib.origins);
  for (const [item, origin] of parsed.value) {
    const agreement = item as never as { id: string };
    // Never the library's own id, even at its own path: a design would replace the real treaty.
    if (lib.agreements.has(agreement.id as never))
      return [
        {
          code: 'duplicate_id',
          severity: 'error',
          file: path,
          pointer: '/id',
          message: `id "${agreement.id}" is already used by an agreement in the library; a design needs an id of its own, or it would replace the real one`,
          expected: `a new kebab-case id, e.g. "${agreement.id}-design"`,
        },
      ];
    agreements.set(agreement.id as never, item as never);
    origins.set(`agreements:${agreement.id}`, origin);
  }
  const checked = checkReferences({ ...lib, agreements, origins });
  return [...parsed.issues, ...checked.filter((i) => i.file === path)];
}
