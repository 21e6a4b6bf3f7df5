/** JSON packed small enough for a URL parameter (lz-string's URI-safe form), and unpacked with a shape check. */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

/**
 * A value as a URL-safe string.
 * @example pack({members: ['JPN', 'PHL']}) // 'N4Ig…' (a few dozen characters)
 */
export const pack = (value: unknown): string =>
  compressToEncodedURIComponent(JSON.stringify(value));

/**
 * The value `text` packs if `accept` takes it, else undefined (a cut or foreign link never throws).
 * @example unpack(pack([1]), Array.isArray) // [1]
 */
export function unpack<T>(text: string, accept: (v: unknown) => v is T): T | undefined {
  try {
    const json = decompressFromEncodedURIComponent(text);
    if (!json) return undefined;
    const v: unknown = JSON.parse(json);
    return accept(v) ? v : undefined;
  } catch {
    return undefined;
  }
}
