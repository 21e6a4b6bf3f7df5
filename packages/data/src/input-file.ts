/** Input files read only when they are what they claim: a regular file, readable, and of a bounded size; anything else is refused with words before a byte is read. */
import { readFileSync, type Stats, statSync } from 'node:fs';

/**
 * The most a scenario or library file may hold when read from disk: 4 MiB, room for the YAML
 * reader's own limit of 1 Mi characters in any UTF-8 (at most 4 bytes each). The largest library
 * file is about 15 KB, so the bound only stops things such as a log or a disk image given by mistake.
 */
export const MAX_INPUT_BYTES = 4 * 1024 * 1024;

/** Bad input on disk (a folder, a FIFO, a device, an unreadable or oversized file): exit 1 with its message. */
export class InputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputFileError';
  }
}

const ERRNO_WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENOENT: 'there is no such file',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
};

/**
 * The words for a failed file-system call, or undefined when it is not the user's doing.
 * @example errnoWords(Object.assign(new Error(), { code: 'EACCES' })) // 'permission denied'
 */
export const errnoWords = (error: unknown): string | undefined =>
  ERRNO_WORDS[(error as NodeJS.ErrnoException | undefined)?.code ?? ''];

function statOrRefuse(path: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    throw new InputFileError(`cannot read ${path}: ${errnoWords(error) ?? String(error)}`);
  }
}

/** What kind of thing a non-regular path is, for the message. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Throws an InputFileError unless `path` is a regular file of at most `maxBytes` (symbolic links
 * followed), so a FIFO or /dev/zero never blocks or floods a read.
 * @example assertRegularFile('/dev/zero') // throws: /dev/zero is a device, not a regular file
 */
export function assertRegularFile(path: string, maxBytes = MAX_INPUT_BYTES): void {
  const stats = statOrRefuse(path);
  if (!stats.isFile()) {
    const kind = kindOf(stats);
    throw new InputFileError(
      `cannot read ${path}: it is ${kind}${kind.startsWith('not') ? '' : ', not a regular file'}`,
    );
  }
  if (stats.size > maxBytes)
    throw new InputFileError(
      `cannot read ${path}: it has ${stats.size.toLocaleString('en-US')} bytes, more than the limit of ${maxBytes.toLocaleString('en-US')} (${maxBytes / 1024 / 1024} MiB)`,
    );
}

/**
 * The bytes of a regular input file, or an InputFileError saying why it cannot be read.
 * @example readInput('cow/majors2016.csv', Number.POSITIVE_INFINITY).length // 496
 */
export function readInput(path: string, maxBytes = MAX_INPUT_BYTES): Buffer {
  assertRegularFile(path, maxBytes);
  try {
    return readFileSync(path);
  } catch (error) {
    const words = errnoWords(error);
    if (words === undefined) throw error;
    throw new InputFileError(`cannot read ${path}: ${words}`);
  }
}

/**
 * The text of a regular input file of at most `maxBytes`, or an InputFileError saying why not.
 * @example readInputText('library/scenarios/korea-invasion-2025.yaml').startsWith('id:') // true
 */
export const readInputText = (path: string, maxBytes = MAX_INPUT_BYTES): string =>
  readInput(path, maxBytes).toString('utf8');
