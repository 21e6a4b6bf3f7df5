/** The server process the bench loads: starts on 127.0.0.1:0, prints its URL as one line, stops on SIGTERM. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './start.ts';

const dir = mkdtempSync(join(tmpdir(), 'casus-bench-'));
const server = await startServer({
  port: 0,
  workbenchDb: join(dir, 'workbench.duckdb'),
  dataDb: join(dir, 'none.duckdb'),
});
process.stdout.write(`${server.url}\n`);
process.once('SIGTERM', async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
});
