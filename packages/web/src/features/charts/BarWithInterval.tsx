/** One bar with an optional 95% interval whisker, in chart coordinates, drawn across or upright. */

export interface BarWithIntervalProps {
  orientation?: 'horizontal' | 'vertical';
  /** Where the bar sits across its axis (y for horizontal bars) and how thick it is. */
  pos: number;
  thickness: number;
  /** The scaled baseline and value along the value axis, and the interval's ends. */
  base: number;
  at: number;
  lo?: number | undefined;
  hi?: number | undefined;
  /** The model interval's ends, drawn as a pale band under the whisker. */
  modelLo?: number | undefined;
  modelHi?: number | undefined;
  className: string;
  label: string;
}

export function BarWithInterval(p: BarWithIntervalProps) {
  const horizontal = p.orientation !== 'vertical';
  const mid = p.pos + p.thickness / 2;
  const cap = Math.max(2, p.thickness / 2);
  const start = Math.min(p.base, p.at);
  const length = Math.abs(p.at - p.base);
  const rect = horizontal
    ? { x: start, y: p.pos, width: length, height: p.thickness }
    : { x: p.pos, y: start, width: p.thickness, height: length };
  const line = (a: number, b: number, c: number, d: number) =>
    horizontal ? { x1: a, x2: b, y1: c, y2: d } : { x1: c, x2: d, y1: a, y2: b };
  return (
    <g>
      <rect {...rect} className={p.className}>
        <title>{p.label}</title>
      </rect>
      {p.modelLo !== undefined && p.modelHi !== undefined && (
        <line className="model-interval" {...line(p.modelLo, p.modelHi, mid, mid)} />
      )}
      {p.lo !== undefined && p.hi !== undefined && (
        <g className="interval">
          <line className="whisker" {...line(p.lo, p.hi, mid, mid)} />
          <line className="whisker" {...line(p.lo, p.lo, mid - cap, mid + cap)} />
          <line className="whisker" {...line(p.hi, p.hi, mid - cap, mid + cap)} />
        </g>
      )}
    </g>
  );
}
