/** The server process the bench loads: starts on 127.0.0.1:0, prints its URL as one line; on SIGTERM stops and prints its peak memory as a JSON line. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './start.ts';

const dir = mkdtempSync(join(tmpdir(), 'casus-bench-'));
const server = await startServer({
  port: 0,
  workbenchDb: join(dir, 'workbench.duckdb'),
  dataDb: join(dir, 'none.duckdb'),
  planAhead: true,
});
process.stdout.write(`${server.url}\n`);
process.once('SIGTERM', async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  // maxRSS is in kilobytes: the peak resident set of this process alone, over its lifetime.
  process.stdout.write(
    `${JSON.stringify({ peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
    () => process.exit(0),
  );
});
