/**
 * `casus dyads --with similarity`: each dyad-year's portfolio similarity, computed by core over
 * the year's valued ATOP portfolios and staged in a temporary table the dyad-year query joins.
 */
import {
  ATOP_VALUED,
  agreementTable,
  kendallTauB,
  portfolioOf,
  signorinoRitterS,
} from '@casus/core';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { NmcRelease } from './nmc.ts';
import { loadCincWeights, loadPortfolios } from './portfolios.ts';

/** The staged table: c1 < c2, year, and one column per measure. */
export const DYAD_SIMILARITY_TABLE = 'dyad_similarity';

/**
 * The columns, in EUGene's names (global reference system, absolute distance): S unweighted, S
 * weighted by CINC, Kendall's τb.
 */
export const SIMILARITY_COLUMNS = ['s_un_glo', 's_wt_glo', 'tau_glob'] as const;

/**
 * Computes every pair of system members of every year from `from` to `to` (weights: CINC of
 * `nmc`) into the temporary table; returns the pairs staged. Undefined measures stay NULL.
 * @example await stageDyadSimilarity(connection, 1816, 2016, '7.0') // 956175
 */
export async function stageDyadSimilarity(
  connection: DuckDBConnection,
  from: number,
  to: number,
  nmc: NmcRelease,
): Promise<number> {
  const portfolios = await loadPortfolios(connection, from, to);
  const weights = await loadCincWeights(connection, portfolios, nmc);
  const columns = SIMILARITY_COLUMNS.map((c) => `${c} DOUBLE`).join(', ');
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE ${DYAD_SIMILARITY_TABLE} (c1 INTEGER, c2 INTEGER, year INTEGER, ${columns})`,
  );
  const appender = await connection.createAppender(DYAD_SIMILARITY_TABLE, 'main', 'temp');
  let staged = 0;
  const put = (v: number | undefined) =>
    v === undefined ? appender.appendNull() : appender.appendDouble(v);
  for (const [year, p] of portfolios) {
    const n = p.members.length;
    const w = weights.get(year)!;
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const [x, y] = [portfolioOf(p, i), portfolioOf(p, j)];
        const counts = agreementTable(x, y, ATOP_VALUED);
        const weighted = agreementTable(x, y, ATOP_VALUED, w);
        appender.appendInteger(p.members[i]!);
        appender.appendInteger(p.members[j]!);
        appender.appendInteger(year);
        put(signorinoRitterS(counts).value);
        put(signorinoRitterS(weighted).value);
        put(kendallTauB(counts).value);
        appender.endRow();
        staged++;
      }
  }
  appender.flushSync();
  appender.closeSync();
  return staged;
}
