/** Test support: a real HTTP server on 127.0.0.1 serving a folder, with Range requests, cut connections and replaced files. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface MirrorServer {
  url: string;
  /** Every request's path and Range header, in order. */
  requests: { path: string; range?: string | undefined }[];
  /** Paths whose next response is cut after half of the body. */
  cutOnce: Set<string>;
  /** Paths served with these bytes instead of the file. */
  replace: Map<string, Buffer>;
  close(): Promise<void>;
}

/**
 * Serves `root` on an ephemeral port of 127.0.0.1.
 * @example const mirror = await startMirror(sharedDataDir); process.env.CASUS_DATA_MIRROR = mirror.url;
 */
export async function startMirror(root: string): Promise<MirrorServer> {
  const requests: MirrorServer['requests'] = [];
  const cutOnce = new Set<string>();
  const replace = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1);
    requests.push({ path, range: req.headers.range });
    const file = join(root, path);
    const body = replace.get(path);
    if (!body && (path.includes('..') || !existsSync(file))) {
      res.writeHead(404).end();
      return;
    }
    const size = body ? body.length : statSync(file).size;
    const start = Number(/^bytes=(\d+)-$/.exec(req.headers.range ?? '')?.[1] ?? 0);
    if (start >= size && start > 0) {
      res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
      return;
    }
    const headers = { 'Content-Length': String(size - start), 'Accept-Ranges': 'bytes' };
    if (start > 0)
      res.writeHead(206, { ...headers, 'Content-Range': `bytes ${start}-${size - 1}/${size}` });
    else res.writeHead(200, headers);
    if (cutOnce.delete(path)) {
      const half = Math.floor((size - start) / 2);
      const chunk = body ? body.subarray(start, start + half) : undefined;
      const done = () => res.socket?.destroy();
      if (chunk) res.write(chunk, done);
      else
        createReadStream(file, { start, end: start + half - 1 })
          .on('data', (c) => res.write(c))
          .on('end', done);
      return;
    }
    if (body) res.end(body.subarray(start));
    else createReadStream(file, { start }).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    cutOnce,
    replace,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
