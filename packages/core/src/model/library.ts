/** The curated library: places, areas, agreements, bases, architectures, scenarios and SOFAs, and where each was defined. */

import { Agreement } from './agreement.ts';
import { Architecture } from './architecture.ts';
import { Area } from './area.ts';
import { Base } from './base.ts';
import type { AgreementId, ArchitectureId, AreaId, BaseId, PlaceId } from './ids.ts';
import { Place } from './place.ts';
import { Scenario } from './scenario.ts';
import { Sofa, type SofaId } from './sofa.ts';
import type { SourceText } from './yaml-source.ts';

export interface Library {
  places: Map<PlaceId, Place>;
  areas: Map<AreaId, Area>;
  agreements: Map<AgreementId, Agreement>;
  bases: Map<BaseId, Base>;
  architectures: Map<ArchitectureId, Architecture>;
  scenarios: Map<string, Scenario>;
  sofas: Map<SofaId, Sofa>;
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
  /**
   * The text's plain value, read already (withValues): loading then validates it without parsing
   * the YAML again, and parses the text only to place an issue. A browser gets the library this
   * way from the server, since reading 600 KB of YAML is most of its time to a first answer.
   */
  value?: unknown;
}

/** The library's folders, each holding one kind of file. */
export const LIBRARY_KINDS = [
  'places',
  'areas',
  'agreements',
  'bases',
  'architectures',
  'scenarios',
  'sofas',
] as const;
export type LibraryKind = (typeof LIBRARY_KINDS)[number];

/** Which kind a file holds, from its folder: library/agreements/x.yaml holds an agreement. */
export function kindOfPath(path: string): LibraryKind | undefined {
  if (!/\.ya?ml$/.test(path) || /\.cases\.ya?ml$/.test(path)) return undefined;
  const folder = path.split(/[\\/]/).at(-2);
  return LIBRARY_KINDS.find((k) => k === folder);
}

export const emptyLibrary = (): Library => ({
  places: new Map(),
  areas: new Map(),
  agreements: new Map(),
  bases: new Map(),
  architectures: new Map(),
  scenarios: new Map(),
  sofas: new Map(),
  origins: new Map(),
});

export { Agreement, Architecture, Area, Base, Place, Scenario, Sofa };
