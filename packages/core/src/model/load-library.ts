/** Building a library from its files: each file parsed and validated, then every cross-reference checked. */

import { Agreement } from './agreement.ts';
import { Architecture } from './architecture.ts';
import { type Area, AreasFile } from './area.ts';
import { type Base, BasesFile } from './base.ts';
import { fail, hasErrors, type Issue, ok, type Result } from './issues.ts';
import {
  emptyLibrary,
  kindOfPath,
  type Library,
  type LibraryKind,
  type Origin,
  type SourceFile,
} from './library.ts';
import { type Place, PlacesFile } from './place.ts';
import { checkReferences } from './references.ts';
import { Scenario } from './scenario.ts';
import { validate } from './schema-issues.ts';
import { Sofa } from './sofa.ts';
import { parseYaml, sameInJson, sourceOfValue } from './yaml-source.ts';

const schemas = {
  places: PlacesFile,
  areas: AreasFile,
  agreements: Agreement,
  bases: BasesFile,
  architectures: Architecture,
  scenarios: Scenario,
  sofas: Sofa,
} as const;

type Item = Place | Area | Agreement | Base | Architecture | Scenario | Sofa;

/** The items a validated file defines, with the path of each inside the file. */
function itemsOf(kind: LibraryKind, value: unknown): [Item, PropertyKey[]][] {
  if (kind === 'places')
    return (value as { places: Place[] }).places.map((p, i) => [p, ['places', i]]);
  if (kind === 'areas') return (value as { areas: Area[] }).areas.map((a, i) => [a, ['areas', i]]);
  if (kind === 'bases') return (value as { bases: Base[] }).bases.map((b, i) => [b, ['bases', i]]);
  return [[value as Item, []]];
}

/**
 * Parses one file of a known kind; the value is the list of items it defines, with their origins.
 * @example parseLibraryFile('agreements', {path: 'x.yaml', text}) // {ok: true, value: [[agreement, origin]]}
 */
export function parseLibraryFile(kind: LibraryKind, file: SourceFile): Result<[Item, Origin][]> {
  const { source, issues } =
    file.value === undefined
      ? parseYaml(file.text, file.path)
      : { source: sourceOfValue(file.text, file.path, file.value), issues: [] };
  if (!source) return fail(issues);
  const r = validate(schemas[kind], source.value, file.path, source);
  if (!r.ok) return r;
  return ok(
    itemsOf(kind, r.value).map(([item, prefix]) => [item, { file: file.path, prefix, source }]),
  );
}

/**
 * The files with their YAML read to plain values, for a reader that would rather not parse it
 * again (the workbench's engine worker, a job's thread). A file that does not parse, or whose
 * value JSON would change, keeps its text alone, and its reader parses it and sees why.
 * @example withValues([{path: 'a.yaml', text: 'id: x'}])[0].value // { id: 'x' }
 */
export function withValues(files: readonly SourceFile[]): SourceFile[] {
  return files.map((f) => {
    if (f.value !== undefined) return f;
    const value = parseYaml(f.text, f.path).source?.value;
    return value !== undefined && sameInJson(value) ? { ...f, value } : f;
  });
}

function duplicate(id: string, origin: Origin, first: Origin): Issue {
  const pos = origin.source.locate([...origin.prefix, 'id']);
  return {
    code: 'duplicate_id',
    severity: 'error',
    file: origin.file,
    line: pos?.line,
    column: pos?.column,
    pointer: `/${[...origin.prefix, 'id'].join('/')}`,
    message: `id "${id}" is already defined in ${first.file}`,
    expected: 'ids unique across the library',
  };
}

/**
 * Builds a library from its files: every file parsed, every cross-reference checked, all issues at once.
 * Files outside the seven folders (and worked-example .cases.yaml files) are ignored.
 * @example loadLibrary([{path: 'library/places/japan.yaml', text}]) // {ok: true, value: library}
 */
export function loadLibrary(files: readonly SourceFile[]): Result<Library> {
  const { library, issues } = buildLibrary(files);
  return hasErrors(issues) ? fail(issues) : ok(library, issues);
}

/**
 * Like loadLibrary, but always returns what could be built, beside the issues. `kindOf` reads a
 * file's kind (default: from its folder); `casus validate --kind` names it for a file elsewhere.
 */
export function buildLibrary(
  files: readonly SourceFile[],
  kindOf: (path: string) => LibraryKind | undefined = kindOfPath,
): { library: Library; issues: Issue[] } {
  const lib = emptyLibrary();
  const issues: Issue[] = [];
  for (const file of files) {
    const kind = kindOf(file.path);
    if (!kind) continue;
    const parsed = parseLibraryFile(kind, file);
    issues.push(...parsed.issues);
    if (!parsed.ok) continue;
    for (const [item, origin] of parsed.value) {
      const key = `${kind}:${item.id}`;
      const first = lib.origins.get(key);
      if (first) {
        issues.push(duplicate(item.id, origin, first));
        continue;
      }
      lib.origins.set(key, origin);
      (lib[kind] as Map<string, Item>).set(item.id, item);
    }
  }
  issues.push(...checkReferences(lib));
  return { library: lib, issues };
}
