/** The version of a library: a hash of its files' paths and text, the same however the files were read. */

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { kindOfPath, type SourceFile } from './library.ts';

/** A library file's path from the library's root ("agreements/x.yaml"), or undefined for a file the library does not load. */
function pathInLibrary(path: string): string | undefined {
  return kindOfPath(path) ? path.split(/[\\/]/).slice(-2).join('/') : undefined;
}

/**
 * The first 16 hex digits of the SHA-256 of each library file as `<path from the root>\0<text>\0`,
 * in path order. Only the files the library loads count (not `.cases.yaml` nor `models/`), by their
 * path from the library's root, so that the CLI reading a folder, the server and the browser agree
 * (docs/library-format.md shows how to compute it with sha256sum).
 * @example libraryVersion([{path: 'library/agreements/a.yaml', text: 'x'}]) // 16 hex digits
 */
export function libraryVersion(files: readonly SourceFile[]): string {
  const entries = files.flatMap((f) => {
    const path = pathInLibrary(f.path);
    return path === undefined ? [] : [{ path, text: f.text }];
  });
  entries.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  const stream = entries.map((e) => `${e.path}\0${e.text}\0`).join('');
  return bytesToHex(sha256(new TextEncoder().encode(stream))).slice(0, 16);
}
