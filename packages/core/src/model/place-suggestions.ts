/**
 * What to suggest for a place id the gazetteer lacks: ids spelt nearly alike, places known by a
 * name or alternative name near the one asked for (JPN.diaoyu → JPN.senkaku), and, for a state's
 * territory the library does not hold, where such a place comes from.
 */
import type { Library } from './library.ts';
import { isKnownState, stateName } from './states.ts';
import { suggest } from './suggest.ts';

/**
 * The hint for an unknown place id (failing that, the places of the state its prefix names), or undefined when there is nothing to suggest.
 * @example placeHint(library, 'JPN.diaoyu') // 'did you mean "JPN.senkaku" (Diaoyu)?'
 */
export function placeHint(lib: Library, id: string): string | undefined {
  const byId = suggest(id, lib.places.keys());
  if (byId.length > 0) return `did you mean ${byId.map((o) => `"${o}"`).join(' or ')}?`;
  const wanted = (id.split('.').at(-1) ?? id).replace(/[-_]/g, ' ').toLowerCase();
  const named = [...lib.places.values()].flatMap((p) => {
    const near = [p.name, ...p.altNames].find((n) => nameMatches(wanted, n.toLowerCase()));
    return near === undefined ? [] : [`"${p.id}" (${near})`];
  });
  if (named.length > 0) return `did you mean ${named.slice(0, 3).join(' or ')}?`;
  const state = id.split('.')[0]!;
  const own = [...lib.places.values()].filter((p) => p.administeredBy === state);
  if (own.length > 0)
    return `did you mean ${own
      .slice(0, 4)
      .map((p) => `"${p.id}" (${p.name})`)
      .join(' or ')}?`;
  if (isKnownState(state))
    return `the library has no place in ${stateName(state)}, which is not a state today: run with --atop (after \`casus data import\`) for ${state}.territory at its COW capital, or add one to library/places`;
  return undefined;
}

/**
 * A name the asker may mean: it contains what was asked, or one of its words is a letter away
 * ("spratlys", "Spratly Islands"). Short words ("main") match nothing: too many names hold them.
 */
function nameMatches(wanted: string, name: string): boolean {
  if (wanted.length < 5) return false;
  if (name.includes(wanted)) return true;
  return name
    .split(/[\s,()-]+/)
    .some(
      (w) =>
        w.length >= 4 &&
        suggest(wanted, [w], 1).length > 0 &&
        Math.abs(w.length - wanted.length) <= 1,
    );
}
