/**
 * Portfolio similarity for every dyad-year, timed: `casus dyads --with similarity` as a process
 * of its own (issue 16 asks for similarity over all dyad-years 1816–2016), and core's measures
 * alone over the same portfolios, in this process.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BenchRow,
  benchRow,
  MEASURE_WORDS,
  SIMILARITY_MEASURES,
  similarityOf,
} from '@casus/core';
import { importDatasets, loadCincWeights, loadPortfolios, openStore } from '@casus/data';
import { measureCasus } from './casus-process.ts';

/** Seconds core takes for one measure over every pair of members of every year. */
function timeMeasure(
  portfolios: Awaited<ReturnType<typeof loadPortfolios>>,
  weights: Map<number, Float64Array>,
  measure: (typeof SIMILARITY_MEASURES)[number],
): { seconds: number; pairs: number } {
  const started = performance.now();
  let pairs = 0;
  for (const [year, p] of portfolios) {
    const options = {
      measure,
      distance: 'absolute',
      reference: 'global',
      weights: weights.get(year)!,
    } as const;
    for (let i = 0; i < p.members.length; i++)
      for (let j = i + 1; j < p.members.length; j++) {
        similarityOf(p, i, j, options);
        pairs++;
      }
  }
  return { seconds: (performance.now() - started) / 1000, pairs };
}

/**
 * Imports cow-states, atop and cow-nmc (not timed), then times the whole `casus dyads --with
 * similarity` process to Parquet with its peak memory, and each core measure in this process.
 * @example (await timeWholeSimilarity('../shared/data', { to: 1820 }))[0]?.unit // 's'
 */
export async function timeWholeSimilarity(
  dataDir: string,
  options: { to?: number } = {},
): Promise<BenchRow[]> {
  const to = options.to ?? 2016;
  const dir = await mkdtemp(join(tmpdir(), 'casus-bench-similarity-'));
  try {
    const db = join(dir, 'casus.duckdb');
    await importDatasets({ dir: dataDir, dbPath: db, only: ['cow-states', 'atop', 'cow-nmc'] });
    const args = ['dyads', '--years', `1816-${to}`, '--with', 'similarity'];
    const run = await measureCasus([...args, '--out', join(dir, 'dyads.parquet'), '--db', db]);
    const rows = [
      benchRow(
        `similarity for every dyad-year 1816-${to}: casus ${args.join(' ')} --out dyads.parquet (S, CINC-weighted S, τb, each global and regional; whole process, spawn to exit)`,
        run.seconds,
        's',
      ),
      benchRow('peak memory of that process (VmHWM)', run.peakMb ?? Number.NaN, 'MB'),
    ];
    const store = await openStore(db, { readOnly: true });
    try {
      const portfolios = await loadPortfolios(store.connection, 1816, to);
      const weights = await loadCincWeights(store.connection, portfolios, '6.0');
      for (const measure of SIMILARITY_MEASURES) {
        const { seconds, pairs } = timeMeasure(portfolios, weights, measure);
        rows.push(
          benchRow(
            `core alone: ${MEASURE_WORDS[measure]}, every pair of system members 1816-${to} (${pairs.toLocaleString('en-US')} pairs, global)`,
            seconds,
            's',
          ),
        );
      }
    } finally {
      store.close();
    }
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
