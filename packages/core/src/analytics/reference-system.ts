/**
 * The reference system of a similarity measure (methods.md §1.2): every system member ("glo" in
 * EUGene's names), or the members of the dyad's regions ("reg").
 */
import { homeRegion } from '../model/regions.ts';

export type ReferenceSystem = 'global' | 'regional';

export const REFERENCE_WORDS: Record<ReferenceSystem, string> = {
  global: 'global: every COW system member of the year',
  regional:
    "regional: the system members of the two states' home regions by the blocks of the COW numbering (2–199 Western Hemisphere, 200–399 Europe, 400–629 Africa, 630–699 Middle East, 700–899 Asia, 900+ Oceania); one region when both share it; Casus's reading of EUGene's 'relevant region', an assumption",
};

/**
 * The indices of `members` in the reference system of the dyad (a, b); undefined for global,
 * which is every member.
 * @example referenceMembers([2, 20, 200], 2, 20, 'regional') // [0, 1]
 */
export function referenceMembers(
  members: readonly number[],
  a: number,
  b: number,
  reference: ReferenceSystem,
): number[] | undefined {
  if (reference === 'global') return undefined;
  const regions = new Set([homeRegion(a), homeRegion(b)]);
  const over: number[] = [];
  members.forEach((c, i) => {
    if (regions.has(homeRegion(c))) over.push(i);
  });
  return over;
}
