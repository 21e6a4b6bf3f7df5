/** Reads the curated library (or any folder of YAML) from disk for core to parse. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Architecture,
  type ArchitectureId,
  dateCoverage,
  didYouMean,
  formatIssue,
  type IsoDate,
  type Library,
  libraryDates,
  loadLibrary,
  lookupState,
  type Result,
  type StateId,
  suggest,
  validate,
} from '@casus/core';
import { readYamlFiles } from '@casus/data';
import { InputError, type Io } from './command.ts';

/** The repository's own library folder, or $CASUS_LIBRARY when set. */
export const defaultLibraryDir = (): string =>
  process.env.CASUS_LIBRARY ??
  resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'library');

/**
 * Loads and checks the whole library.
 * @example readLibrary().ok // true when every file validates
 */
export function readLibrary(dir = defaultLibraryDir()): Result<Library> {
  return loadLibrary(readYamlFiles(dir));
}

/** The library, or undefined after printing why it could not be loaded. */
export function libraryOrExit(io: Io): Library | undefined {
  const lib = readLibrary();
  if (lib.ok) return lib.value;
  io.stderr(lib.issues.map(formatIssue).join('\n\n'));
  io.stderr(
    `\nthe library at ${defaultLibraryDir()} has errors: fix them (casus validate library) first`,
  );
  return undefined;
}

/**
 * Warns on stderr when --date lies outside what the library (with --atop, ATOP too) covers: the
 * answer still comes, as the workbench gives it, with what the library covers.
 */
export function warnOutsideLibrary(io: Io, lib: Library, date: IsoDate): void {
  const today = new Date().toISOString().slice(0, 10) as IsoDate;
  const outside = dateCoverage(libraryDates(lib.agreements.values()), date, today, '');
  if (outside) io.stderr(formatIssue({ ...outside, file: '--date' }));
}

/**
 * Parses one command-line value with a core schema, or throws an InputError naming the flag.
 * @example parseOption(IsoDate, '2024-11-01', '--date') // '2024-11-01'
 */
export function parseOption<S extends Parameters<typeof validate>[0]>(
  schema: S,
  value: string,
  flag: string,
): ReturnType<S['parse']> {
  const r = validate(schema, value, flag);
  if (r.ok) return r.value as ReturnType<S['parse']>;
  throw new InputError(r.issues.map((i) => ({ ...i, file: flag, pointer: '' })));
}

/** An architecture by id, or an InputError listing the ones that exist. */
export function resolveArchitecture(lib: Library, id: string): Architecture {
  const found = lib.architectures.get(id as ArchitectureId);
  if (found) return found;
  const known = [...lib.architectures.keys()];
  throw new InputError([
    {
      code: 'unknown_architecture',
      severity: 'error',
      file: '--architecture',
      pointer: '',
      message: `architecture "${id}" is not defined`,
      expected: `one of ${known.join(', ')}`,
      hint: didYouMean(suggest(id, known)),
    },
  ]);
}

/**
 * A state of the COW system by its ISO3 code, or an InputError with the closest codes.
 * @example knownState('JPN', '--member') // 'JPN'
 */
export function knownState(code: string, flag: string): StateId {
  const found = lookupState(code);
  if (found.ok) return found.value.iso3 as StateId;
  throw new InputError(found.issues.map((i) => ({ ...i, file: flag })));
}
