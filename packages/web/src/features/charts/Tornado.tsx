/** A tornado chart: per parameter a bar from the measure at the point values to the measure at the parameter's low (blue) and high (orange), laid out by core's layoutTornado as the HTML report is. */
import { layoutTornado, type TornadoRow } from '@casus/core';

export function Tornado({
  title,
  rows,
  point,
  testId,
}: {
  title: string;
  rows: readonly TornadoRow[];
  point: number;
  testId?: string;
}) {
  const l = layoutTornado(rows, point, { width: 640, left: 190, rowHeight: 18 });
  const h = l.rowHeight * 0.7;
  const bar = (from: number, to: number, y: number, series: number, label: string) => (
    <rect
      className={`series-${series}`}
      x={Math.min(from, to)}
      y={y - h / 2}
      width={Math.max(0.5, Math.abs(to - from))}
      height={h}
    >
      <title>{label}</title>
    </rect>
  );
  return (
    <figure className="chart tornado" data-testid={testId} data-bars={l.bars.length}>
      <figcaption>
        <strong>{title}</strong>{' '}
        <small>(blue: the parameter at its low; orange: at its high; line: the point values)</small>
      </figcaption>
      <svg viewBox={`0 0 ${l.width} ${l.height}`} role="img" aria-label={`tornado: ${title}`}>
        {l.ticks.map((t) => (
          <g key={t.value}>
            <line className="gridline" x1={t.x} x2={t.x} y1={l.top} y2={l.bottom} />
            <text x={t.x} y={l.bottom + 14} textAnchor="middle">
              {t.label}
            </text>
          </g>
        ))}
        {l.bars.map((b) => (
          <g key={b.parameter} className="tornado-bar" data-parameter={b.parameter}>
            <text x={l.left - 6} y={b.y + 4} textAnchor="end">
              {b.parameter}
            </text>
            {bar(b.x0, b.xLow, b.y, 0, b.label)}
            {bar(b.x0, b.xHigh, b.y, 1, b.label)}
          </g>
        ))}
        {l.bars[0] && (
          <line className="axis" x1={l.bars[0].x0} x2={l.bars[0].x0} y1={l.top} y2={l.bottom} />
        )}
      </svg>
    </figure>
  );
}
