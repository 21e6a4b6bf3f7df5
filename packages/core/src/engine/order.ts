/** The order findings are listed in: duties first, then permissions, then policy, then the clauses that did not fire. */
import type { Finding } from './finding.ts';
import type { Pair } from './pair.ts';

const rank = { duty: 0, permission: 10, policy: 20, none: 30 } as const;
const weight: Record<Finding['obligation'], number> = {
  'must-defend': 0,
  'must-join-attack': 1,
  'must-not-attack': 2,
  'must-stay-neutral': 3,
  'must-consult': 4,
  'may-use-force': 0,
  policy: 0,
  access: 5,
};
const strength: Record<Finding['response'], number> = {
  automatic: 0,
  constitutional: 1,
  unstated: 2,
  'consult-first': 3,
  discretionary: 4,
};

/**
 * A pair's sort keys when its clause fires and when it does not: duties first (defence before
 * consultation); among equals, the strongest and then the most specific agreement (fewest
 * members), so a state's entry is explained by its bilateral treaty, not an old pact. Every fired
 * key is below every unfired one.
 * @example sortKeys(usJapanArticleV) // {fired: 1000002, unfired: 30001002}
 */
export function sortKeys(pair: Pair): { fired: number; unfired: number } {
  const tie = strength[pair.clause.response] * 1e3 + Math.min(pair.agreement.members.length, 999);
  return {
    fired: (rank[pair.category] + weight[pair.obligation]) * 1e6 + tie,
    unfired: rank.none * 1e6 + tie,
  };
}

/** A list's sort keys, and its positions in ascending order of them. */
export interface Ranking {
  keys: readonly number[];
  order: readonly number[];
}

/**
 * The ranking of a list of keys, equal keys in list order (a stable sort, done in prepareWorld so
 * that no answer sorts).
 * @example rankingOf([3, 1, 3, 2]).order // [1, 3, 0, 2]
 */
export const rankingOf = (keys: readonly number[]): Ranking => ({
  keys,
  order: keys.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b),
});
