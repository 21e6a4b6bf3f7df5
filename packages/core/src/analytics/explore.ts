/** The membership explorer: member sets for an Asian NATO, each scored for deterrence and entanglement, and their Pareto front. */
import type { Agreement } from '../model/agreement.ts';
import type { AgreementId, StateId } from '../model/ids.ts';
import type { Library } from '../model/library.ts';

/** A limit such as "entanglement of Japan below 0.3". */
export interface EntanglementLimit {
  state: StateId;
  max: number;
}

export interface Candidate {
  members: StateId[];
  /** Mean capability ratio at the place over the battery (higher deters more). */
  deterrence: number;
  /** P(defending side outweighs the challenger), pooled over the battery. */
  deterred: number;
  /** Expected states entangled per scenario, over the battery (lower is better). */
  entanglement: number;
  /** P(entangled) for each limited state. */
  limited: Record<string, number>;
  feasible: boolean;
}

/**
 * Every member set: the required states plus each subset of the other candidates (2^k sets; k ≤ 12).
 * @example memberSets(['USA','JPN','KOR'], ['USA','JPN']) // [[USA,JPN],[USA,JPN,KOR]]
 */
export function memberSets(
  candidates: readonly StateId[],
  required: readonly StateId[],
): StateId[][] {
  const optional = candidates.filter((c) => !required.includes(c));
  if (optional.length > 12)
    throw new RangeError(`at most 12 optional candidates (2^12 sets), got ${optional.length}`);
  const sets: StateId[][] = [];
  for (let mask = 0; mask < 1 << optional.length; mask++) {
    const set = [...required, ...optional.filter((_, i) => mask & (1 << i))];
    if (set.length >= 2) sets.push(set);
  }
  return sets;
}

/**
 * The library with the template agreement's membership replaced (a proposal built in code).
 * @example withMembers(lib, 'asian-nato-exclusive', ['USA', 'JPN', 'AUS'])
 */
export function withMembers(
  library: Library,
  template: AgreementId,
  members: readonly StateId[],
): Library {
  const base = library.agreements.get(template);
  if (!base) throw new Error(`no agreement "${template}" in the library`);
  const proposal: Agreement = { ...base, members: [...members] };
  const agreements = new Map(library.agreements);
  agreements.set(template, proposal);
  return { ...library, agreements };
}

/** True when b is at least as good as a on both aims and better on one. */
const dominates = (b: Candidate, a: Candidate) =>
  b.deterrence >= a.deterrence &&
  b.entanglement <= a.entanglement &&
  (b.deterrence > a.deterrence || b.entanglement < a.entanglement);

/**
 * The feasible candidates no other feasible candidate dominates, by deterrence (up) and entanglement (down).
 * @example paretoFront(scored).map((c) => c.members.join('+'))
 */
export function paretoFront(candidates: readonly Candidate[]): Candidate[] {
  const feasible = candidates.filter((c) => c.feasible);
  return feasible
    .filter((a) => !feasible.some((b) => b !== a && dominates(b, a)))
    .sort((x, y) => x.entanglement - y.entanglement);
}
