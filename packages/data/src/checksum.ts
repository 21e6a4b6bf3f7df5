/** SHA-256 of files, streamed so large files never sit in memory. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/**
 * The lowercase hex SHA-256 of a file.
 * @example await sha256File('cow/majors2016.csv') // '6ba42de1...'
 */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
