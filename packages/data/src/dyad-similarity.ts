/**
 * `casus dyads --with similarity`: each dyad-year's portfolio similarity, computed by core over
 * the year's valued ATOP portfolios and staged in a temporary table the dyad-year query joins.
 */
import {
  ATOP_VALUED,
  agreementTable,
  homeRegion,
  kendallTauB,
  type Portfolios,
  portfolioOf,
  referenceMembers,
  signorinoRitterS,
} from '@casus/core';
import type { DuckDBConnection } from '@duckdb/node-api';
import { DYAD_SIMILARITY_TABLE, SIMILARITY_COLUMNS } from './dyad-similarity-table.ts';
import type { NmcRelease } from './nmc.ts';
import { loadCincWeights, loadPortfolios } from './portfolios.ts';

/**
 * The regional reference system of members i and j, shared by every pair of the same two home
 * regions: at most 21 lists a year instead of one per pair.
 */
function regionalSystems(p: Portfolios): (i: number, j: number) => number[] {
  const lists = new Map<string, number[]>();
  return (i, j) => {
    const [a, b] = [p.members[i]!, p.members[j]!];
    const key = [homeRegion(a), homeRegion(b)].sort().join(' ');
    const known = lists.get(key);
    if (known) return known;
    const over = referenceMembers(p.members, a, b, 'regional')!;
    lists.set(key, over);
    return over;
  };
}

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
    const regional = regionalSystems(p);
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const [x, y] = [portfolioOf(p, i), portfolioOf(p, j)];
        appender.appendInteger(p.members[i]!);
        appender.appendInteger(p.members[j]!);
        appender.appendInteger(year);
        for (const over of [undefined, regional(i, j)]) {
          const counts = agreementTable(x, y, ATOP_VALUED, undefined, over);
          put(signorinoRitterS(counts).value);
          put(signorinoRitterS(agreementTable(x, y, ATOP_VALUED, w, over)).value);
          put(kendallTauB(counts).value);
        }
        appender.endRow();
        staged++;
      }
  }
  appender.flushSync();
  appender.closeSync();
  return staged;
}
