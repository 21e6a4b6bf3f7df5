/** What every HTML report shares: escaping, the series palette, an estimate's numbers as attributes. */
import type { EstimateLike } from './estimate-text.ts';

/** Ten colours a reader can tell apart, colour-blind safe in the first eight (Okabe & Ito 2008, then two greys). */
export const PALETTE = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#f0e442',
  '#000000',
  '#999999',
  '#666666',
];

/**
 * Text safe inside an element or a double-quoted attribute.
 * @example esc('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;'
 */
export const esc = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** An estimate's numbers as data attributes, at full precision, for a reader (or a test) that wants them. */
export function estimateData(e: EstimateLike | undefined, prefix = ''): string {
  const n = (x: number | null | undefined) =>
    typeof x === 'number' && Number.isFinite(x) ? x : '';
  return ` data-${prefix}value="${n(e?.value)}" data-${prefix}low="${n(e?.low)}" data-${prefix}high="${n(e?.high)}"`;
}
