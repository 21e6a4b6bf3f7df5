/** The architectures a comparison runs when none are named, in the order every surface shows them. */
import type { Architecture } from './architecture.ts';

/**
 * An architecture that adds and removes nothing, agreements or bases: the baseline the others are read against.
 * @example isBaseline(library.architectures.get('status-quo')!) // true
 */
export const isBaseline = (a: Architecture): boolean =>
  a.add.length + a.remove.length + a.bases.add.length + a.bases.remove.length === 0;

/**
 * The baseline first, then the others in library (file) order.
 * @example compareOrder(library.architectures.values())[0]?.id // 'status-quo'
 */
export function compareOrder(architectures: Iterable<Architecture>): Architecture[] {
  return [...architectures].sort((a, b) => Number(!isBaseline(a)) - Number(!isBaseline(b)));
}

/**
 * The ids of the architectures marked `default: true`, in compare order; every architecture when
 * none is marked. `casus compare` without `--architectures` and the web's comparison view both
 * start from this list, so they compare the same architectures.
 * @example defaultArchitectures(library.architectures.values()) // ['status-quo', 'asian-nato-exclusive', …]
 */
export function defaultArchitectures(architectures: Iterable<Architecture>): string[] {
  const ordered = compareOrder(architectures);
  const marked = ordered.filter((a) => a.default);
  return (marked.length > 0 ? marked : ordered).map((a) => a.id);
}
