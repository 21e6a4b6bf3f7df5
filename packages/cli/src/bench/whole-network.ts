/**
 * The alliance network's measures for every year, timed as a researcher runs them: `casus network
 * --years 1816-2018 --carry-system-to 2018` in a process of its own (issue 16 asks for every year
 * of the data; ATOP 5.1 runs to 2018, the COW system to 2016), with its peak memory, for defence
 * ties and for any alliance, the densest network.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchRow, benchRow } from '@casus/core';
import { ATOP_YEARS, importDatasets } from '@casus/data';
import { measureCasus } from './casus-process.ts';

/** The last year of the COW state system Casus imports (states2016). */
const COW_SYSTEM_END = 2016;

/**
 * Imports cow-states and atop (not timed), then times `casus network --years 1816-TO --json` for
 * defence ties and for any alliance, from spawn to exit; past 2016 with the system carried to TO.
 * @example (await timeWholeNetwork('../shared/data', { to: 1820 }))[0]?.unit // 's'
 */
export async function timeWholeNetwork(
  dataDir: string,
  options: { to?: number } = {},
): Promise<BenchRow[]> {
  const to = options.to ?? ATOP_YEARS.to;
  const carry = to > COW_SYSTEM_END ? ['--carry-system-to', String(to)] : [];
  const dir = await mkdtemp(join(tmpdir(), 'casus-bench-network-'));
  try {
    const db = join(dir, 'casus.duckdb');
    await importDatasets({ dir: dataDir, dbPath: db, only: ['cow-states', 'atop'] });
    const rows: BenchRow[] = [];
    for (const type of ['defense', 'any']) {
      const args = ['network', '--years', `1816-${to}`, ...carry, '--type', type, '--json'];
      const run = await measureCasus([...args, '--db', db]);
      rows.push(
        benchRow(
          `network measures for every year 1816-${to}${carry.length ? ` (the 2016 COW members carried to ${to})` : ''}: casus ${args.join(' ')} (degree, betweenness, eigenvector, clustering, Louvain each year; whole process, spawn to exit)`,
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
