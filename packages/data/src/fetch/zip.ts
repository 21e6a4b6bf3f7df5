/** Reads one member out of a zip archive with node:zlib, for official hosts that distribute zips. */
import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The bytes of `member` inside the zip in `archive` (stored or deflated entries).
 * @example extractZipMember(await readFile('atop.zip'), 'ATOP 5.1 (.csv)/atop5_1a.csv').length // 183543
 */
export function extractZipMember(archive: Buffer, member: string): Buffer {
  let eocd = archive.length - 22;
  while (eocd >= 0 && archive.readUInt32LE(eocd) !== EOCD) eocd--;
  if (eocd < 0) throw new Error('not a zip archive (no end-of-central-directory record)');
  const entries = archive.readUInt16LE(eocd + 10);
  let at = archive.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < entries; i++) {
    if (archive.readUInt32LE(at) !== CENTRAL) throw new Error('corrupt zip central directory');
    const method = archive.readUInt16LE(at + 10);
    const compressed = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const skip = nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    names.push(name);
    if (name === member) {
      if (archive.readUInt32LE(local) !== LOCAL) throw new Error('corrupt zip local header');
      const start =
        local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
      const data = archive.subarray(start, start + compressed);
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data);
      throw new Error(`zip member ${member}: unsupported compression method ${method}`);
    }
    at += 46 + skip;
  }
  throw new Error(`zip has no member "${member}"; it holds ${names.join(', ')}`);
}
