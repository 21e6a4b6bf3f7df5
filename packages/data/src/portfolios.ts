/**
 * The valued ATOP alliance portfolios of the COW system members, year by year, and their CINC
 * weights, from the store: the inputs of portfolio similarity (`casus similarity`).
 */
import { buildPortfolios, type Commitment, commitmentLevel, type Portfolios } from '@casus/core';
import type { DuckDBConnection } from '@duckdb/node-api';
import { ATOP_YEARS, dyadYearsCovered } from './dyads.ts';
import { NMC_RELEASES, type NmcRelease } from './nmc.ts';
import { spellEndYear } from './system-carry.ts';

const whole = (x: number) => Math.trunc(x);

/**
 * System members by year, as dyad-years count them: a member on any day of the year (cow_states);
 * with `carryTo`, the members at the system's end go on to that year (system-carry.ts).
 */
export async function membersByYear(
  connection: DuckDBConnection,
  from: number,
  to: number,
  carryTo?: number,
) {
  const reader = await connection.runAndReadAll(
    `SELECT DISTINCT y.year::INTEGER AS year, ccode::INTEGER AS ccode
     FROM cow_states, unnest(range(year(stdate), ${spellEndYear(carryTo)} + 1)) AS y(year)
     WHERE y.year BETWEEN ${whole(from)} AND ${whole(to)} ORDER BY year, ccode`,
  );
  const members = new Map<number, number[]>();
  const [years, ccodes] = reader.getColumnsJS() as [number[], number[]];
  years.forEach((y, k) => {
    const list = members.get(y) ?? [];
    list.push(ccodes[k]!);
    members.set(y, list);
  });
  return members;
}

/** ATOP's directed dyad-years (stateA's obligations to stateB) as commitment levels, by year. */
async function commitmentsByYear(connection: DuckDBConnection, from: number, to: number) {
  const reader = await connection.runAndReadAll(
    `SELECT year::INTEGER, stateA::INTEGER, stateB::INTEGER, max(defense), max(offense),
       max(neutral), max(nonagg), max(consul)
     FROM atop_ddyr WHERE year BETWEEN ${whole(from)} AND ${whole(to)} GROUP BY ALL`,
  );
  const [years, a, b, defense, offense, neutral, nonagg, consul] =
    reader.getColumnsJS() as number[][];
  const out = new Map<number, Commitment[]>();
  years!.forEach((y, k) => {
    const level = commitmentLevel({
      defense: defense![k]!,
      offense: offense![k]!,
      neutral: neutral![k]!,
      nonagg: nonagg![k]!,
      consul: consul![k]!,
    });
    if (level === 0) return;
    const list = out.get(y) ?? [];
    list.push({ from: a![k]!, to: b![k]!, level });
    out.set(y, list);
  });
  return out;
}

/**
 * Each year's portfolios from `from` to `to`: the COW system members (cow_states) and ATOP 5.1's
 * directed dyad-years coded 0–3 (methods.md §1.2), a member's level toward itself 3.
 * @example (await loadPortfolios(connection, 1960, 1960)).get(1960)?.members.length // 107
 */
export async function loadPortfolios(
  connection: DuckDBConnection,
  from: number,
  to: number,
): Promise<Map<number, Portfolios>> {
  const members = await membersByYear(connection, from, to);
  const commitments = await commitmentsByYear(connection, from, to);
  const out = new Map<number, Portfolios>();
  for (const [year, list] of members)
    out.set(year, buildPortfolios(list, commitments.get(year) ?? []));
  return out;
}

/**
 * Each year's CINC weights, aligned with that year's members; a member without a CINC in the
 * release weighs 0 (Casus's assumption: no measured capability, no weight).
 * @example (await loadCincWeights(connection, portfolios, '6.0')).get(1960)?.[0] // the USA's CINC
 */
export async function loadCincWeights(
  connection: DuckDBConnection,
  portfolios: ReadonlyMap<number, Portfolios>,
  release: NmcRelease,
): Promise<Map<number, Float64Array>> {
  const years = [...portfolios.keys()];
  const from = Math.min(...years);
  const to = Math.max(...years);
  const reader = await connection.runAndReadAll(
    `SELECT year::INTEGER, ccode::INTEGER, cinc::DOUBLE FROM ${NMC_RELEASES[release].table}
     WHERE year BETWEEN ${whole(from)} AND ${whole(to)} AND cinc IS NOT NULL`,
  );
  const [ys, cs, cinc] = reader.getColumnsJS() as number[][];
  const byYear = new Map<number, Map<number, number>>();
  ys!.forEach((y, k) => {
    const m = byYear.get(y) ?? new Map<number, number>();
    m.set(cs![k]!, cinc![k]!);
    byYear.set(y, m);
  });
  const out = new Map<number, Float64Array>();
  for (const [year, p] of portfolios) {
    const m = byYear.get(year);
    out.set(
      year,
      Float64Array.from(p.members, (c) => m?.get(c) ?? 0),
    );
  }
  return out;
}

/**
 * The datasets portfolios need that the store lacks: cow-states (members) and atop.
 * @example await missingForPortfolios(connection) // ['atop'] when only cow-states is imported
 */
export async function missingForPortfolios(connection: DuckDBConnection): Promise<string[]> {
  const reader = await connection.runAndReadAll('SELECT table_name FROM duckdb_tables()');
  const tables = new Set(reader.getRowObjectsJS().map((r) => String(r.table_name)));
  return [
    ['cow_states', 'cow-states'],
    ['atop_ddyr', 'atop'],
  ]
    .filter(([table]) => !tables.has(table!))
    .map(([, dataset]) => dataset!);
}

/**
 * The years portfolios cover: the COW state system's years within ATOP 5.1's (1815-2018).
 * @example await portfolioYearsCovered(connection) // {from: 1816, to: 2016}
 */
export async function portfolioYearsCovered(
  connection: DuckDBConnection,
): Promise<{ from: number; to: number } | undefined> {
  const system = await dyadYearsCovered(connection);
  if (!system) return undefined;
  const from = Math.max(system.from, ATOP_YEARS.from);
  const to = Math.min(system.to, ATOP_YEARS.to);
  return from <= to ? { from, to } : undefined;
}
