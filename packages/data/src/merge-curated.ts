/** Curated agreements win over their ATOP codings; what differs between the two is reported by ATOP id. */
import type { Agreement } from '@casus/core';

export interface AtopDifference {
  atopId: number;
  curatedId: string;
  field: 'members' | 'signed' | 'ended' | 'defense-obligors';
  atop: string;
  curated: string;
}

const list = (items: readonly string[]) => [...items].sort().join(', ');

/** The states that owe a defence pledge under an agreement ('members' expands to its members). */
const defenseObligors = (a: Agreement): string[] => [
  ...new Set(
    a.articles
      .flatMap((article) => article.clauses)
      .filter((c) => c.type === 'defense')
      .flatMap((c) => (c.obligors === 'members' ? a.members : c.obligors)),
  ),
];

function differences(atop: Agreement, curated: Agreement): AtopDifference[] {
  const base = { atopId: atop.atopId!, curatedId: curated.id };
  const pairs: [AtopDifference['field'], string, string][] = [
    ['members', list(atop.members), list(curated.members)],
    ['signed', atop.signed ?? '', curated.signed ?? ''],
    ['ended', atop.ended ?? '', curated.ended ?? ''],
    ['defense-obligors', list(defenseObligors(atop)), list(defenseObligors(curated))],
  ];
  return pairs
    .filter(([, a, c]) => a !== c)
    .map(([field, a, c]) => ({ ...base, field, atop: a, curated: c }));
}

/**
 * Replaces each ATOP agreement that a curated agreement links by `atopId` with the curated one,
 * keeps the other ATOP agreements and any curated ones without an ATOP twin, and reports the differences.
 * @example mergeWithCurated(atop, curated).differences // [{atopId: 3375, field: 'defense-obligors', atop: 'USA', curated: 'USA', ...}]
 */
export function mergeWithCurated(
  atop: readonly Agreement[],
  curated: readonly Agreement[],
): { agreements: Agreement[]; differences: AtopDifference[] } {
  const curatedByAtop = new Map(
    curated.filter((c) => c.atopId !== undefined).map((c) => [c.atopId!, c]),
  );
  const result: Agreement[] = [];
  const diffs: AtopDifference[] = [];
  for (const a of atop) {
    const twin = a.atopId === undefined ? undefined : curatedByAtop.get(a.atopId);
    if (twin) diffs.push(...differences(a, twin));
    else result.push(a);
  }
  return { agreements: [...result, ...curated], differences: diffs };
}
