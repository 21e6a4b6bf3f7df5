/** A version for a library that depends only on its files' text: the same files give the same version anywhere. */
import type { SourceFile } from '../model/library.ts';

/**
 * FNV-1a (two 32-bit lanes) over the files' paths and text, in path order; 16 hex digits.
 * @example libraryVersion([{path: 'a.yaml', text: 'x'}]) // e.g. '5c1f0e7a9b3d2e41'
 */
export function libraryVersion(files: readonly SourceFile[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const sorted = [...files].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  for (const file of sorted) {
    const text = `${file.path.replaceAll('\\', '/').split('/').slice(-2).join('/')}\0${file.text}\0`;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193) >>> 0;
      b = Math.imul(b ^ c, 0x01000193 ^ 0x2f) >>> 0;
    }
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
