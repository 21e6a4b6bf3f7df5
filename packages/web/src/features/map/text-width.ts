/** How wide a label is, measured with a canvas in the page's own font (estimated where there is no canvas, as in unit tests). */

let context: CanvasRenderingContext2D | null | undefined;
let family = 'sans-serif';
const cache = new Map<string, number>();

/**
 * The width in pixels of `text` at `size` pixels; italic and bold widen it as they do on screen.
 * @example textWidth('Taiwan', 12.5) // ≈ 40
 */
export function textWidth(text: string, size: number, style = ''): number {
  const key = `${style}|${size}|${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (context === undefined) {
    context =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (typeof document !== 'undefined')
      family = getComputedStyle(document.body).fontFamily || family;
  }
  let width = text.length * size * 0.62;
  if (context) {
    context.font = `${style} ${size}px ${family}`;
    // A few per cent more than the canvas says: SVG text may hint differently.
    width = context.measureText(text).width * 1.04;
  }
  cache.set(key, width);
  return width;
}
