/**
 * The alliance network's measures for every year, timed as a researcher runs them: `casus network
 * --years 1816-2016` in a process of its own (issue 16 asks for every year of the data), with its
 * peak memory, for defence ties and for any alliance, the densest network.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchRow, benchRow } from '@casus/core';
import { importDatasets } from '@casus/data';
import { measureCasus } from './casus-process.ts';

/**
 * Imports cow-states and atop (not timed), then times `casus network --years 1816-TO --json` for
 * defence ties and for any alliance, from spawn to exit.
 * @example (await timeWholeNetwork('../shared/data', { to: 1820 }))[0]?.unit // 's'
 */
export async function timeWholeNetwork(
  dataDir: string,
  options: { to?: number } = {},
): Promise<BenchRow[]> {
  const to = options.to ?? 2016;
  const dir = await mkdtemp(join(tmpdir(), 'casus-bench-network-'));
  try {
    const db = join(dir, 'casus.duckdb');
    await importDatasets({ dir: dataDir, dbPath: db, only: ['cow-states', 'atop'] });
    const rows: BenchRow[] = [];
    for (const type of ['defense', 'any']) {
      const args = ['network', '--years', `1816-${to}`, '--type', type, '--json'];
      const run = await measureCasus([...args, '--db', db]);
      rows.push(
        benchRow(
          `network measures for every year 1816-${to}: casus ${args.join(' ')} (degree, betweenness, eigenvector, clustering, Louvain each year; whole process, spawn to exit)`,
          run.seconds,
          's',
        ),
        benchRow('peak memory of that process (VmHWM)', run.peakMb ?? Number.NaN, 'MB'),
      );
    }
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
