/** Reading a link's parameters: each one taken if it is one of the values allowed, else the default, said in words. */

/** A list of names for a sentence: "a", "a or b", "a, b or c". */
const either = (xs: readonly string[]) =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} or ${xs.at(-1)}`;

/**
 * The parameter `key` if it is one of `allowed`, else `fallback` (and a notice when it was given).
 * @example pickParam(new URLSearchParams('kind=x'), 'kind', ['armed-attack'], 'armed-attack', 'event', notices) // 'armed-attack'
 */
export function pickParam(
  params: URLSearchParams,
  key: string,
  allowed: readonly string[],
  fallback: string,
  what: string,
  notices: string[],
): string {
  const v = params.get(key);
  if (v === null) return fallback;
  if (allowed.includes(v)) return v;
  const named = allowed.map((a) => a || 'none');
  const shown = allowed.length <= 4 ? ` (${either(named)})` : '';
  notices.push(
    `The link's ${what} "${v}" is not one the workbench knows${shown}; showing ${fallback || 'none'} instead.`,
  );
  return fallback;
}

/**
 * A whole number parameter within [min, max], else `fallback` (and a notice when it was given).
 * @example pickNumber(new URLSearchParams('seed=7'), 'seed', 0, 2 ** 31, 1, 'seed', []) // 7
 */
export function pickNumber(
  params: URLSearchParams,
  key: string,
  min: number,
  max: number,
  fallback: number,
  what: string,
  notices: string[],
): number {
  const v = params.get(key);
  if (v === null) return fallback;
  const n = Number(v);
  if (v.trim() !== '' && Number.isInteger(n) && n >= min && n <= max) return n;
  notices.push(
    `The link's ${what} "${v}" is not a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}; showing ${fallback.toLocaleString('en')} instead.`,
  );
  return fallback;
}
