/** A tornado chart's layout from one-at-a-time rows: one bar per parameter around the point value, the widest on top; the HTML report, the text tornado and the workbench draw it. */
import { niceStep } from './nice-step.ts';
import type { TornadoRow } from './one-at-a-time.ts';

export interface TornadoBar {
  parameter: string;
  /** Row centre. */
  y: number;
  /** x of the point value and of the measure with the parameter at its low and its high. */
  x0: number;
  xLow: number;
  xHigh: number;
  /** The bar in words, for a tooltip. */
  label: string;
}

export interface TornadoLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  rowHeight: number;
  ticks: { value: number; x: number; label: string }[];
  bars: TornadoBar[];
}

const fmt = (v: number) => Number(v.toPrecision(3)).toString();

/**
 * Lays out the rows (already sorted, widest first) on `width` units with the measure's point value
 * `point` on the axis; rows with no finite measure are left out.
 * @example layoutTornado(rows, 0.85, {width: 640, left: 200, rowHeight: 18}).bars[0].xLow
 */
export function layoutTornado(
  rows: readonly TornadoRow[],
  point: number,
  box: { width: number; left: number; right?: number; top?: number; rowHeight: number },
): TornadoLayout {
  const shown = rows.filter(
    (r) => Number.isFinite(r.atLow.value) && Number.isFinite(r.atHigh.value),
  );
  const values = [point, ...shown.flatMap((r) => [r.atLow.value, r.atHigh.value])].filter(
    Number.isFinite,
  );
  const span = Math.max(1e-9, Math.max(...values) - Math.min(...values));
  const step = niceStep(span / 4);
  const min = Math.floor(Math.min(...values) / step) * step;
  const max = Math.ceil(Math.max(...values) / step) * step;
  const left = box.left;
  const right = box.width - (box.right ?? 16);
  const top = box.top ?? 8;
  const x = (v: number) => left + ((v - min) / (max - min || 1)) * (right - left);
  const bottom = top + shown.length * box.rowHeight;
  const ticks = [];
  for (let v = min; v <= max + step / 2; v += step)
    ticks.push({ value: v, x: x(v), label: fmt(v) });
  return {
    width: box.width,
    height: bottom + 28,
    left,
    right,
    top,
    bottom,
    rowHeight: box.rowHeight,
    ticks,
    bars: shown.map((r, i) => ({
      parameter: r.parameter,
      y: top + (i + 0.5) * box.rowHeight,
      x0: x(point),
      xLow: x(r.atLow.value),
      xHigh: x(r.atHigh.value),
      label: `${r.parameter} from ${fmt(r.low)} to ${fmt(r.high)} (${r.range}): ${fmt(r.atLow.value)} to ${fmt(r.atHigh.value)}, swing ${fmt(r.swing.value)} (95% ${fmt(r.swing.low)} to ${fmt(r.swing.high)})`,
    })),
  };
}
