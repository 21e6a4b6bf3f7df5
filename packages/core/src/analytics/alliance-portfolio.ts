/**
 * Valued alliance portfolios from ATOP (methods.md §1.2): each state's commitment, 0–3, to every
 * member of the state system, its own commitment to itself being the maximum.
 */
import type { Scale } from './agreement-table.ts';

/** The ATOP pledges of one directed dyad-year (stateA's obligations to stateB), 1 if in force. */
export interface AtopPledges {
  defense: number;
  offense: number;
  neutral: number;
  nonagg: number;
  consul: number;
}

/**
 * The valued ATOP scale [svmiller/fpsim, data-raw/1-prepare-atop-alliance-data.R, after Chiba et
 * al.]: 3 defence or offence, 2 neutrality or consultation, 1 non-aggression only, 0 none.
 */
export const ATOP_VALUED: Scale = { lowest: 0, highest: 3 };

/**
 * The commitment level of one directed dyad-year's pledges; an ATOP alliance with none of the five
 * pledges is 0, as in fpsim.
 * @example commitmentLevel({ defense: 0, offense: 0, neutral: 1, nonagg: 1, consul: 0 }) // 2
 */
export function commitmentLevel(p: AtopPledges): number {
  if (p.defense === 1 || p.offense === 1) return 3;
  if (p.neutral === 1 || p.consul === 1) return 2;
  return p.nonagg === 1 ? 1 : 0;
}

/** One directed commitment: `from`'s level toward `to` (ccodes). */
export interface Commitment {
  from: number;
  to: number;
  level: number;
}

/** The portfolios of one year's system members: row i is member i's level toward each member. */
export interface Portfolios {
  /** ccodes, in the order of rows and columns. */
  members: readonly number[];
  /** members.length² levels, row-major. */
  levels: Uint8Array;
}

/**
 * Builds the members' portfolios: a member's level toward itself is the scale's maximum (every
 * state is maximally committed to itself, fpsim's srs()); several commitments to one state take
 * the highest; commitments involving non-members are left out.
 * @example buildPortfolios([2, 20], [{ from: 2, to: 20, level: 3 }]).levels // [3, 3, 0, 3]
 */
export function buildPortfolios(
  members: readonly number[],
  commitments: Iterable<Commitment>,
  scale: Scale = ATOP_VALUED,
): Portfolios {
  const n = members.length;
  const index = new Map(members.map((c, i) => [c, i]));
  const levels = new Uint8Array(n * n);
  for (let i = 0; i < n; i++) levels[i * n + i] = scale.highest;
  for (const { from, to, level } of commitments) {
    const i = index.get(from);
    const j = index.get(to);
    if (i === undefined || j === undefined || i === j) continue;
    if (level > levels[i * n + j]!) levels[i * n + j] = level;
  }
  return { members, levels };
}

/**
 * Member `i`'s portfolio, a view into the levels.
 * @example portfolioOf(buildPortfolios([2, 20], []), 1) // [0, 3]
 */
export function portfolioOf(p: Portfolios, i: number): Uint8Array {
  const n = p.members.length;
  return p.levels.subarray(i * n, i * n + n);
}
