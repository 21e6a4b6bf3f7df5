/** The curated library: places, areas, agreements, architectures and scenarios, parsed and cross-checked. */
import { Agreement } from './agreement.ts';
import { Architecture } from './architecture.ts';
import { Area, AreasFile } from './area.ts';
import type { AgreementId, ArchitectureId, AreaId, PlaceId } from './ids.ts';
import { fail, hasErrors, type Issue, ok, type Result } from './issues.ts';
import { Place, PlacesFile } from './place.ts';
import { checkReferences } from './references.ts';
import { Scenario } from './scenario.ts';
import { validate } from './schema-issues.ts';
import { parseYaml, type SourceText } from './yaml-source.ts';

export interface Library {
  places: Map<PlaceId, Place>;
  areas: Map<AreaId, Area>;
  agreements: Map<AgreementId, Agreement>;
  architectures: Map<ArchitectureId, Architecture>;
  scenarios: Map<string, Scenario>;
  /** Where each item was defined ("agreements:us-japan-1960" → its file and position in it). */
  origins: Map<string, Origin>;
}

/** A file path, the path of the item inside it, and the means to turn a path into line and column. */
export interface Origin {
  file: string;
  prefix: PropertyKey[];
  source: SourceText;
}

/** A file handed in by whoever can read files (the CLI, the server, a browser upload). */
export interface SourceFile {
  path: string;
  text: string;
}

export type LibraryKind = 'places' | 'areas' | 'agreements' | 'architectures' | 'scenarios';

/** Which kind a file holds, from its folder: library/agreements/x.yaml holds an agreement. */
export function kindOfPath(path: string): LibraryKind | undefined {
  if (!/\.ya?ml$/.test(path) || /\.cases\.ya?ml$/.test(path)) return undefined;
  const parts = path.split(/[\\/]/);
  const folder = parts.at(-2);
  const kinds: LibraryKind[] = ['places', 'areas', 'agreements', 'architectures', 'scenarios'];
  return kinds.find((k) => k === folder);
}

export const emptyLibrary = (): Library => ({
  places: new Map(),
  areas: new Map(),
  agreements: new Map(),
  architectures: new Map(),
  scenarios: new Map(),
  origins: new Map(),
});

const schemas = {
  places: PlacesFile,
  areas: AreasFile,
  agreements: Agreement,
  architectures: Architecture,
  scenarios: Scenario,
} as const;

type Item = Place | Area | Agreement | Architecture | Scenario;

/** The items a validated file defines, with the path of each inside the file. */
function itemsOf(kind: LibraryKind, value: unknown): [Item, PropertyKey[]][] {
  if (kind === 'places')
    return (value as { places: Place[] }).places.map((p, i) => [p, ['places', i]]);
  if (kind === 'areas') return (value as { areas: Area[] }).areas.map((a, i) => [a, ['areas', i]]);
  return [[value as Item, []]];
}

/**
 * Parses one file of a known kind; the value is the list of items it defines, with their origins.
 * @example parseLibraryFile('agreements', {path: 'x.yaml', text}) // {ok: true, value: [[agreement, origin]]}
 */
export function parseLibraryFile(kind: LibraryKind, file: SourceFile): Result<[Item, Origin][]> {
  const { source, issues } = parseYaml(file.text, file.path);
  if (!source) return fail(issues);
  const r = validate(schemas[kind], source.value, file.path, source);
  if (!r.ok) return r;
  return ok(
    itemsOf(kind, r.value).map(([item, prefix]) => [item, { file: file.path, prefix, source }]),
  );
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
 * Files outside the five folders (and worked-example .cases.yaml files) are ignored.
 * @example loadLibrary([{path: 'library/places/japan.yaml', text}]) // {ok: true, value: library}
 */
export function loadLibrary(files: readonly SourceFile[]): Result<Library> {
  const { library, issues } = buildLibrary(files);
  return hasErrors(issues) ? fail(issues) : ok(library, issues);
}

/** Like loadLibrary, but always returns what could be built, beside the issues. */
export function buildLibrary(files: readonly SourceFile[]): { library: Library; issues: Issue[] } {
  const lib = emptyLibrary();
  const issues: Issue[] = [];
  for (const file of files) {
    const kind = kindOfPath(file.path);
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

export { Agreement, Architecture, Area, Place, Scenario };
