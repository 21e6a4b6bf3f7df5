/** Downloads one URL (http, https or a local path) into a partial file, resuming from where it stopped. */
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

export type OnBytes = (bytes: number) => void;

const request = (url: string, headers: Record<string, string>): Promise<IncomingMessage> =>
  new Promise((resolve, reject) => {
    const get = url.startsWith('https:') ? httpsGet : httpGet;
    get(url, { headers }, resolve).on('error', reject);
  });

/** Follows up to five redirects. */
async function open(url: string, headers: Record<string, string>): Promise<IncomingMessage> {
  let current = url;
  for (let hop = 0; hop < 5; hop++) {
    const response = await request(current, headers);
    const location = response.headers.location;
    if (
      response.statusCode &&
      response.statusCode >= 300 &&
      response.statusCode < 400 &&
      location
    ) {
      response.resume();
      current = new URL(location, current).toString();
      continue;
    }
    return response;
  }
  throw new Error(`${url}: too many redirects`);
}

/**
 * Downloads `url` into `part`, appending with an HTTP Range request when `part` already holds a
 * start. A cut connection rejects and leaves `part` for the next attempt to resume.
 * @example await downloadResumable('https://example.org/a.csv', '/data.partial/a.csv.part', (n) => bar.increment(n))
 */
export async function downloadResumable(
  url: string,
  part: string,
  onBytes: OnBytes = () => {},
): Promise<void> {
  await mkdir(dirname(part), { recursive: true });
  if (!/^https?:/.test(url)) {
    const source = url.startsWith('file:') ? fileURLToPath(url) : url;
    if (!existsSync(source)) throw new Error(`${source}: no such file in the mirror folder`);
    const input = createReadStream(source);
    input.on('data', (chunk) => onBytes(chunk.length));
    await pipeline(input, createWriteStream(part));
    return;
  }
  const have = existsSync(part) ? statSync(part).size : 0;
  const response = await open(url, have > 0 ? { Range: `bytes=${have}-` } : {});
  const status = response.statusCode ?? 0;
  if (status === 416) {
    response.resume();
    return;
  }
  if (status !== 200 && status !== 206) {
    response.resume();
    throw new Error(`${url}: HTTP ${status}`);
  }
  const resuming = status === 206;
  if (resuming) onBytes(have);
  const expected = Number(response.headers['content-length'] ?? Number.NaN);
  let received = 0;
  response.on('data', (chunk: Buffer) => {
    received += chunk.length;
    onBytes(chunk.length);
  });
  try {
    await pipeline(response, createWriteStream(part, { flags: resuming ? 'a' : 'w' }));
  } catch (error) {
    throw new Error(
      `${url}: the connection was cut after ${have + received} bytes; run the fetch again to resume (${String(error)})`,
    );
  }
  if (Number.isFinite(expected) && received < expected) {
    throw new Error(
      `${url}: the connection was cut after ${have + received} of ${have + expected} bytes; run the fetch again to resume`,
    );
  }
}
