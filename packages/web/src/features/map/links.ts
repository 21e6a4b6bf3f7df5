/** Agreement links for the map: one per pair of states, coloured by the strongest clause type between them. */
import type { AgreementSummary, LinkType } from '../../engine/protocol.ts';

export interface MapLink {
  id: string;
  /** The two states, sorted. */
  a: string;
  b: string;
  type: LinkType;
  /** True when every obligation between the two runs one way (from `a` to `b` or the reverse). */
  oneWay?: { from: string; to: string } | undefined;
  agreements: string[];
}

const rank: Record<LinkType, number> = { defense: 3, consultation: 2, access: 1 };

/**
 * Folds the clauses of in-force agreements into links between states.
 * @example buildLinks([{shortName: 'US–Japan', pairs: [{obligor: 'USA', beneficiary: 'JPN', type: 'defense'}]}])
 */
export function buildLinks(
  agreements: readonly Pick<AgreementSummary, 'shortName' | 'pairs'>[],
): MapLink[] {
  const byPair = new Map<string, MapLink & { directions: Set<string> }>();
  for (const agreement of agreements)
    for (const p of agreement.pairs) {
      if (p.obligor === p.beneficiary) continue;
      const [a, b] = [p.obligor, p.beneficiary].sort() as [string, string];
      const id = `${a}-${b}`;
      const link = byPair.get(id) ?? {
        id,
        a,
        b,
        type: p.type,
        agreements: [],
        directions: new Set(),
      };
      if (rank[p.type] > rank[link.type]) link.type = p.type;
      if (!link.agreements.includes(agreement.shortName)) link.agreements.push(agreement.shortName);
      link.directions.add(`${p.obligor}>${p.beneficiary}`);
      byPair.set(id, link);
    }
  return [...byPair.values()].map(({ directions, ...link }) => {
    const [only] = directions;
    const oneWay = directions.size === 1 && only ? only.split('>') : undefined;
    return { ...link, oneWay: oneWay ? { from: oneWay[0]!, to: oneWay[1]! } : undefined };
  });
}

/** An SVG path for a gentle arc from p to q, bowed to the left of travel by at most `maxBow` pixels. */
export function arcPath(
  p: readonly [number, number],
  q: readonly [number, number],
  bow = 0.18,
  maxBow = 45,
): string {
  const [x1, y1] = p;
  const [x2, y2] = q;
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const k = Math.min(bow, maxBow / length);
  const mx = (x1 + x2) / 2 - (y2 - y1) * k;
  const my = (y1 + y2) / 2 + (x2 - x1) * k;
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(x1)},${r(y1)} Q${r(mx)},${r(my)} ${r(x2)},${r(y2)}`;
}
